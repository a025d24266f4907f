/**
 * The print sheet as the calculator loads it, when printing is asked for (Calculator.tsx). A module
 * of its own so that the calculator page, which renders the example's sheet at build time with a
 * static import of PrintSheet.tsx, and the island, which loads it on demand, do not import the same
 * module both ways (the bundler warns that such a dynamic import cannot split anything off).
 */
export { PrintSheet } from './PrintSheet.tsx';
