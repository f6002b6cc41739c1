import { createTheme, type MantineColorsTuple } from '@mantine/core';

const motiva: MantineColorsTuple = [
  '#eef3ff',
  '#dce4f5',
  '#b9c7e2',
  '#94a8d0',
  '#748dc1',
  '#5f7cb8',
  '#5474b4',
  '#44639f',
  '#39588f',
  '#2d4b81',
];

export const theme = createTheme({
  primaryColor: 'motiva',
  colors: { motiva },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Tables and cards read better with numbers lined up; inputs inherit it too.
    Table: { defaultProps: { verticalSpacing: 'sm' } },
  },
});
