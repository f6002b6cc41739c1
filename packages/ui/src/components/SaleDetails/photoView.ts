/** Zoom steps of the photo viewer: 1 is "fit the box"; each step multiplies by 1.5. */
export const ZOOM_MIN = 1;
export const ZOOM_MAX = 6;

export const zoomIn = (z: number): number => Math.min(ZOOM_MAX, Math.round(z * 1.5 * 100) / 100);
export const zoomOut = (z: number): number => Math.max(ZOOM_MIN, Math.round((z / 1.5) * 100) / 100);
/** Quarter turns clockwise, 0..3. */
export const rotateRight = (quarter: number): number => (quarter + 1) % 4;

/**
 * The photo's box in the viewer: scaled to fit `box` at zoom 1 (never enlarged past its own pixels
 * there), then zoomed; a quarter turn swaps the box's sides. `image` is the drawn (unrotated) size and
 * `frame` the space it takes after rotation, which the scroll area scrolls over.
 */
export function photoLayout(
  natural: { width: number; height: number },
  box: { width: number; height: number },
  quarter: number,
  zoom: number,
): { image: { width: number; height: number }; frame: { width: number; height: number } } {
  const sideways = quarter % 2 === 1;
  const w = Math.max(1, natural.width);
  const h = Math.max(1, natural.height);
  const turnedW = sideways ? h : w;
  const turnedH = sideways ? w : h;
  const fit = box.width > 0 && box.height > 0 ? Math.min(1, box.width / turnedW, box.height / turnedH) : 1;
  const scale = fit * zoom;
  const image = { width: Math.round(w * scale), height: Math.round(h * scale) };
  const frame = sideways ? { width: image.height, height: image.width } : { ...image };
  return { image, frame };
}
