import { describe, expect, it } from 'vitest';
import { photoLayout, rotateRight, zoomIn, zoomOut, ZOOM_MAX, ZOOM_MIN } from './photoView';

describe('photo viewer layout', () => {
  it('fits a large photo into the box at zoom 1', () => {
    const { image, frame } = photoLayout({ width: 4000, height: 3000 }, { width: 800, height: 600 }, 0, 1);
    expect(image).toEqual({ width: 800, height: 600 });
    expect(frame).toEqual(image);
  });

  it('never enlarges a small photo at zoom 1', () => {
    expect(photoLayout({ width: 200, height: 100 }, { width: 800, height: 600 }, 0, 1).image).toEqual({ width: 200, height: 100 });
  });

  it('swaps the frame sides on a quarter turn and fits the turned photo', () => {
    const { image, frame } = photoLayout({ width: 4000, height: 3000 }, { width: 800, height: 600 }, 1, 1);
    expect(frame).toEqual({ width: 450, height: 600 });
    expect(image).toEqual({ width: 600, height: 450 });
  });

  it('zooms past the box (the scroll area scrolls) within limits', () => {
    expect(photoLayout({ width: 4000, height: 3000 }, { width: 800, height: 600 }, 2, 2).frame).toEqual({ width: 1600, height: 1200 });
    let z = 1;
    for (let i = 0; i < 20; i++) z = zoomIn(z);
    expect(z).toBe(ZOOM_MAX);
    for (let i = 0; i < 20; i++) z = zoomOut(z);
    expect(z).toBe(ZOOM_MIN);
    expect([0, 1, 2, 3].map(rotateRight)).toEqual([1, 2, 3, 0]);
  });
});
