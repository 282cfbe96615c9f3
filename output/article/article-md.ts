import { articleRender } from './article.js';

/** The English article as Markdown: the input's structure, its text translated. */
export default articleRender('md');
