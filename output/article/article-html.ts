import { articleRender } from './article.js';

/** The English article as HTML: the input page byte for byte but for its translated text. */
export default articleRender('html');
