// 16x16 outline icons in the Cloudscape manner; drawn with currentColor so they take the text colour.
const PATHS = {
  'status-positive': 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM5 8.2l2 2 4-4.4',
  'status-negative': 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8',
  'status-stopped': 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM4.8 8h6.4',
  'status-pending': 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM8 4.5V8l2.5 1.6',
  'status-in-progress': 'M8 1.5a6.5 6.5 0 1 1-6.5 6.5',
  'status-info': 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13ZM8 7v4.5M8 4.5v.5',
  'status-warning': 'M8 1.8 14.8 14H1.2L8 1.8ZM8 6.5v3.5M8 11.8v.4',
  refresh: 'M13.5 8A5.5 5.5 0 1 1 11.9 4.1M13.5 1.8v2.9h-2.9',
  copy: 'M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3',
  close: 'M3.5 3.5l9 9M12.5 3.5l-9 9',
  search: 'M7 2.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9ZM10.3 10.3l3.2 3.2',
  'caret-up': 'M4.5 10 8 6.5l3.5 3.5',
  'caret-down': 'M4.5 6 8 9.5 11.5 6',
  'sort-both': 'M5 6.5 8 3.5l3 3M5 9.5l3 3 3-3',
} as const;

export type IconName = keyof typeof PATHS;

/** The icon's SVG path on its 16x16 grid, for drawing it on a canvas. */
export function iconPath(name: IconName): string {
  return PATHS[name];
}

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
