// `npm run check-docs`: every relative link and #anchor in README.md and docs/ must lead somewhere.
// `repository: false` keeps the check offline: links are resolved in this folder, never on GitHub.
import remarkValidateLinks from 'remark-validate-links';

export default {
  plugins: [[remarkValidateLinks, { repository: false }]],
};
