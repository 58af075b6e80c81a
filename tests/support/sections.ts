/** The guide's section ids, in order, as the CLI names them in every language. */
export const SECTION_IDS = ['overview', 'leg-weakness', 'leg-pain', 'sciatica', 'causes', 'risk-factors', 'treatments', 'warning-signs', 'other-leg-pain', 'doctor'];
