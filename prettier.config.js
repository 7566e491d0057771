// Prettier with the Astro and Tailwind plugins (class order). `npm run format` rewrites the tree;
// `npm run lint:format` checks it.
export default {
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-astro', 'prettier-plugin-tailwindcss'],
  tailwindStylesheet: './src/styles/global.css',
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
