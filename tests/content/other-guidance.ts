import type { OtherGuidanceRow } from './checks.js';

/**
 * Every row of "Where other guidance differs from the article" (section 3 of
 * /work/shared/reference/medical-facts.md): the guide keeps the article's statement, credited to
 * the article, and shows the other source's view beside it in a marked note with that source's id.
 */
export const OTHER_GUIDANCE: OtherGuidanceRow[] = [
  {
    row: 'low back pain affects 50-80% of adults each year (NINDS: about 80% in a lifetime)',
    section: 'overview',
    item: null,
    claim: /The article says it affects 50 to 80% of adults each year/,
    source: 'ninds',
    note: [/About 80% of adults have low back pain at some point in their life/, /a whole lifetime, not a single year/],
  },
  {
    row: 'over-the-counter medicines such as ibuprofen help (NICE NG59: limited evidence for NSAIDs, medicines advised against)',
    section: 'treatments',
    item: 'medication',
    claim: /Medicines you can buy without a prescription, such as ibuprofen, can ease sciatica pain/,
    source: 'nice-ng59',
    note: [/only a little proof that NSAIDs help sciatica/, /cause harm/, /lowest dose for the shortest time/, /gabapentinoids/, /other epilepsy medicines/, /steroid tablets/, /benzodiazepines/, /opioids .*long-term sciatica/],
  },
  {
    row: 'up to 80% get relief from spinal cord stimulation (NICE TA159: 48% vs 9% at 6 months; who it is for)',
    section: 'treatments',
    item: 'spinal-cord-stimulation',
    claim: /The article says as many as 80% of patients get pain relief from it/,
    source: 'nice-ta159',
    note: [/After 6 months, 48% of people with the device/, /Only 9% of people without it/, /cut by half or more/, /6 months or more/, /Other care has been tried/, /test run/, /team of experts/],
  },
  {
    row: 'surgery may be considered after 6-8 weeks (Koes 2007: fits common practice)',
    section: 'treatments',
    item: 'surgery',
    claim: /surgery if your pain is not better after 6 to 8 weeks of treatment/,
    source: 'koes-2007',
    note: [/about 6 to 8 weeks of care without surgery first/],
  },
  {
    row: 'surgery may be considered after 6-8 weeks (NICE NG59: no fixed number of weeks; warning signs need care at once)',
    section: 'treatments',
    item: 'surgery',
    claim: /surgery if your pain is not better after 6 to 8 weeks of treatment/,
    source: 'nice-ng59',
    note: [/no fixed number of weeks/, /Other care has not worked/, /scans of your spine match your symptoms/, /Warning signs .* emergency care at once/],
  },
  {
    row: '70-80% get better without surgery (Koes 2007: most recover without surgery)',
    section: 'treatments',
    item: null,
    claim: /The article says care without surgery eases symptoms for 70 to 80% of patients/,
    source: 'koes-2007',
    note: [/most people get better without surgery/],
  },
  {
    row: 'spinal injections help begin physical therapy (NICE NG59: epidural steroid injection for acute, severe sciatica)',
    section: 'treatments',
    item: 'spinal-injections',
    claim: /The article says these shots often ease pain enough for you to start physical therapy/,
    source: 'nice-ng59',
    note: [/NICE advises against spinal injections for low back pain/, /severe sciatica that started recently \(acute\)/, /epidural/, /a steroid and a numbing medicine/],
  },
  {
    row: 'spinal cord stimulation: what it is (NICE TA159: implanted in an operation after a trial, with its risks)',
    section: 'treatments',
    item: 'spinal-cord-stimulation',
    claim: /The article says as many as 80% of patients get pain relief from it/,
    source: 'nice-ta159',
    note: [/put inside your body in an operation/, /after a test run with a short-term device/, /infection/, /the wires moving/, /more surgery to fix or replace the device/],
  },
  {
    row: 'see a doctor any time you have pain (NHS Sciatica: self-care first with no warning signs; then when to see a doctor)',
    section: 'treatments',
    item: null,
    claim: /The article says that any time you have pain, it is a good idea to see your doctor/,
    source: 'nhs-sciatica',
    note: [/self-care first if you have no warning signs/, /not eased after a few weeks, is getting worse, or stops you doing your normal activities/],
  },
  {
    row: 'leg weakness or tingling as a warning sign of severe nerve compression (NICE CKS: one leg not getting worse, book; getting worse or a dragging foot, today)',
    section: 'leg-weakness',
    item: null,
    claim: /The article says this can be a warning sign that a nerve is badly squeezed/,
    source: 'nice-cks',
    note: [/one leg that is not getting worse is not urgent: book a visit/, /getting worse, or a foot that drags or catches so you trip, needs medical advice today/],
  },
  {
    row: 'the spinal cord "consists of" 31 pairs of spinal nerves and roots (anatomy: they branch off the cord)',
    section: 'leg-weakness',
    item: null,
    claim: /The article says your spinal cord is made of 31 pairs of nerves, called spinal nerves, and their roots/,
    source: 'statpearls-spinal-nerves',
    note: [/The 31 pairs of spinal nerves branch off the spinal cord/, /not what the cord is made of/, /The cord ends near the top of your lower back/],
  },
  {
    row: 'stenosis can press on the nerve roots and spinal cord (anatomy: in the lower back, on nerve roots, not the cord)',
    section: 'causes',
    item: 'spinal-stenosis',
    claim: /The article says the narrow spaces can press on your nerve roots and your spinal cord/,
    source: 'statpearls-spinal-nerves',
    note: [/a narrow spot in the lower back presses on nerve roots, not on the spinal cord/],
  },
];
