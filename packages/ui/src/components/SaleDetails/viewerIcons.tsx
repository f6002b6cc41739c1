import type { SVGProps } from 'react';

type P = SVGProps<SVGSVGElement> & { size?: number };

/** Outline icons of the photo viewer (the kit has no icon package); stroke follows currentColor. */
function Svg({ size = 18, children, ...props }: P) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      {...props}
    >
      {children}
    </svg>
  );
}

export const IconZoomIn = (p: P) => (
  <Svg {...p}>
    <circle cx="10" cy="10" r="6" />
    <path d="M20 20l-5.5-5.5M10 7v6M7 10h6" />
  </Svg>
);
export const IconZoomOut = (p: P) => (
  <Svg {...p}>
    <circle cx="10" cy="10" r="6" />
    <path d="M20 20l-5.5-5.5M7 10h6" />
  </Svg>
);
export const IconRotate = (p: P) => (
  <Svg {...p}>
    <path d="M20 11a8 8 0 1 1-2.3-5.6" />
    <path d="M20 4v5h-5" />
  </Svg>
);
export const IconChevronLeft = (p: P) => (
  <Svg {...p}>
    <path d="M15 6l-6 6 6 6" />
  </Svg>
);
export const IconChevronRight = (p: P) => (
  <Svg {...p}>
    <path d="M9 6l6 6-6 6" />
  </Svg>
);
export const IconExternal = (p: P) => (
  <Svg {...p}>
    <path d="M14 4h6v6M20 4l-9 9" />
    <path d="M18 14v5H5V6h5" />
  </Svg>
);
