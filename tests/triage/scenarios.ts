/**
 * Plain-language situations and the urgency a careful clinician would want the checklist to give
 * each, with the rule of section 12 of the reference notes it rests on. The answers name the
 * questions by id (numbers for age, choice ids for how long and which way); every yes/no question
 * not named is "no", and a sign's "is it new?" not named is not known (so the sign counts in
 * full). Shared by the CLI test in every language the tool has, so each gives the same urgencies.
 */
export type Answer = boolean | 'not-sure' | number | string;

export interface Scenario {
  situation: string;
  answers: Record<string, Answer>;
  urgency: 'emergency' | 'urgent' | 'see-doctor' | 'self-care';
  /** The rule it rests on: 12.n of the reference notes, or 1a-1c for the tiers of section 1. */
  rule: string;
  /** Why a careful clinician might call this over-triage, when the tool goes higher than needed. */
  over?: string;
}

const calm = { duration: 'under-2-weeks', trend: 'better' } as const;

export const SCENARIOS: Scenario[] = [
  // Nothing wrong, and the usual course (12.8).
  { situation: '35, new back pain, nothing else, getting better', answers: { age: 35, ...calm }, urgency: 'self-care', rule: '12.8' },
  { situation: '30, pain down one leg for a week, easing', answers: { age: 30, 'one-leg-pain': true, ...calm }, urgency: 'self-care', rule: '12.8' },
  { situation: '40, pain down one leg, worse when sitting, 3 weeks, the same', answers: { age: 40, 'one-leg-pain': true, 'worse-sitting-coughing': true, duration: '2-to-6-weeks', trend: 'same' }, urgency: 'see-doctor', rule: '12.8' },
  { situation: '28, pain getting worse after 5 days', answers: { age: 28, duration: 'under-2-weeks', trend: 'worse' }, urgency: 'see-doctor', rule: '12.8' },
  { situation: '45, pain stops them working, 1 week', answers: { age: 45, 'normal-activities': true, ...calm }, urgency: 'see-doctor', rule: '12.8' },
  { situation: '38, struggling to cope, 10 days', answers: { age: 38, coping: true, ...calm }, urgency: 'see-doctor', rule: '12.8' },
  { situation: '44, pain the same as always for years, not stopping life', answers: { age: 44, duration: 'over-3-months', trend: 'same' }, urgency: 'self-care', rule: '12.7' },
  { situation: '33, 8 weeks of pain that is not easing', answers: { age: 33, duration: '6-weeks-to-3-months', trend: 'same' }, urgency: 'see-doctor', rule: '12.8' },
  { situation: '52, new back pain, easing', answers: { age: 52, ...calm }, urgency: 'see-doctor', rule: '12.8 (over 50, new)' },
  { situation: '60, back pain for years, unchanged', answers: { age: 60, duration: 'over-3-months', trend: 'same' }, urgency: 'self-care', rule: '12.7' },
  { situation: '50 exactly, new pain, easing', answers: { age: 50, ...calm }, urgency: 'self-care', rule: '12.8 (over 50 means 51 and up)' },
  { situation: '31, one leg numb, not getting worse', answers: { age: 31, 'leg-tingling-weakness': true, ...calm }, urgency: 'see-doctor', rule: '12.8' },
  { situation: '29, pregnant, pain down one leg', answers: { age: 29, 'one-leg-pain': true, pregnancy: true, ...calm }, urgency: 'see-doctor', rule: '12.8' },
  { situation: '47, diabetes and extra weight, nothing else', answers: { age: 47, diabetes: true, 'excess-weight': true, ...calm }, urgency: 'self-care', rule: '12.8' },
  { situation: 'no age given, sits a lot, nothing else', answers: { 'long-sitting': true }, urgency: 'self-care', rule: '12.8' },
  // Cauda equina (12.1).
  { situation: 'numb between the legs since yesterday', answers: { age: 41, 'saddle-numbness': true, 'saddle-numbness-new': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'cannot feel the pee coming out, new', answers: { age: 39, 'pee-change': true, 'pee-feeling': true, 'pee-feeling-new': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'cannot tell when the bladder is full, new', answers: { age: 55, 'pee-change': true, 'bladder-full': true, 'bladder-full-new': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'newly needing pads', answers: { age: 62, 'pee-change': true, pads: true, 'pads-new': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'leaking pee without feeling it, not sure if new', answers: { age: 48, 'pee-change': true, 'pee-leak': true, 'pee-leak-new': 'not-sure' }, urgency: 'emergency', rule: '12.1 and 12.9' },
  { situation: 'hard to start peeing, a script that did not ask if it is new', answers: { age: 50, 'pee-start': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'cannot pee at all', answers: { age: 66, 'pee-change': true, 'cannot-pee': true, 'cannot-pee-new': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'cannot feel a poo passing, new', answers: { age: 57, 'poo-change': true, 'poo-feeling': true, 'poo-feeling-new': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'poo leaks out, new', answers: { age: 43, 'poo-change': true, 'poo-leak': true, 'poo-leak-new': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'does not notice needing to poo, new', answers: { age: 36, 'poo-change': true, bowel: true, 'bowel-new': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'new trouble keeping an erection, with sciatica', answers: { age: 45, 'sexual-function': true, 'sexual-function-new': true, 'one-leg-pain': true }, urgency: 'emergency', rule: '12.1' },
  { situation: 'bladder trouble for years, unchanged (long-standing)', answers: { age: 70, 'pee-change': true, 'pee-start': true, 'pee-start-new': false, duration: 'over-3-months', trend: 'same' }, urgency: 'see-doctor', rule: '12.1' },
  { situation: 'a change in peeing that is none of the listed signs', answers: { age: 34, 'pee-change': true, ...calm }, urgency: 'see-doctor', rule: '12.1 (project choice)', over: 'a change that is not on any cauda equina card still gets a booked visit' },
  // Both legs (12.2).
  { situation: 'tingling in both legs that started this week', answers: { age: 52, 'both-legs': true, 'both-legs-new': true }, urgency: 'emergency', rule: '12.2' },
  { situation: 'both legs, long-standing and unchanged, not severe', answers: { age: 74, 'both-legs': true, 'both-legs-new': false, 'both-legs-severe': false, duration: 'over-3-months', trend: 'same' }, urgency: 'see-doctor', rule: '12.2' },
  { situation: 'both legs, long-standing but severe', answers: { age: 68, 'both-legs': true, 'both-legs-new': false, 'both-legs-severe': true }, urgency: 'emergency', rule: '12.2' },
  { situation: 'both legs, not sure whether it is new', answers: { age: 58, 'both-legs': true, 'both-legs-new': 'not-sure' }, urgency: 'emergency', rule: '12.2 and 12.9' },
  // Not from the spine (12.3).
  { situation: 'a swollen, painful calf', answers: { age: 46, 'calf-clot': true, ...calm }, urgency: 'urgent', rule: '12.3' },
  { situation: 'a swollen calf and short of breath', answers: { age: 46, 'calf-clot': true, 'clot-breathless': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'a swollen calf and coughing up blood', answers: { age: 51, 'calf-clot': true, 'clot-coughing-blood': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'a swollen calf, chest hurts when breathing in', answers: { age: 39, 'calf-clot': true, 'clot-breath-pain': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'sudden severe low back pain and dizzy (a burst aneurysm)', answers: { age: 71, 'tummy-pain': true, 'tummy-dizzy': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'sudden severe tummy pain, pale and clammy', answers: { age: 68, 'tummy-pain': true, 'tummy-clammy': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'sudden severe low back pain and fainted', answers: { age: 75, 'tummy-pain': true, 'tummy-fainted': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'sudden severe low back pain with no other sign', answers: { age: 35, 'tummy-pain': true, ...calm }, urgency: 'see-doctor', rule: '12.3 (project choice: an aneurysm not burst is see a doctor)' },
  { situation: 'tearing pain between the shoulders', answers: { age: 63, 'tearing-pain': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'a leg that suddenly went cold and pale', answers: { age: 69, 'cold-leg': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'a face drooping on one side', answers: { age: 72, 'face-droop': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'an arm suddenly weak on one side', answers: { age: 64, 'one-side-weak': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'suddenly slurred speech', answers: { age: 77, 'slurred-speech': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'a heart attack felt in the back: pain to the jaw, sweating', answers: { age: 59, 'arm-jaw-pain': true, 'arm-jaw-sweating': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'pain spreading to the arm, short of breath', answers: { age: 61, 'arm-jaw-pain': true, 'arm-jaw-breathless': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'pain spreading to the arm with nothing else', answers: { age: 55, 'arm-jaw-pain': true, ...calm }, urgency: 'urgent', rule: '12.3 (project choice: some heart attacks are only back or jaw pain)', over: 'pain spreading to the arm alone is not on the emergency list; the tool says today' },
  { situation: 'calf pain when walking that eases with rest', answers: { age: 67, 'walking-calf-pain': true, duration: 'over-3-months', trend: 'same' }, urgency: 'see-doctor', rule: '12.3' },
  { situation: 'side pain under the ribs with a fever', answers: { age: 32, fever: true, 'side-pain': true }, urgency: 'urgent', rule: '12.3' },
  { situation: 'side pain with burning pee, no fever', answers: { age: 27, 'pee-change': true, 'burning-pee': true, 'side-pain': true }, urgency: 'urgent', rule: '12.3' },
  { situation: 'side pain with fever, confused and drowsy', answers: { age: 80, fever: true, 'side-pain': true, 'side-pain-confused': true }, urgency: 'emergency', rule: '12.3' },
  { situation: 'chest pain with back pain', answers: { age: 54, 'chest-pain': true }, urgency: 'emergency', rule: '1a' },
  // Fever during cancer treatment (12.4).
  { situation: 'a fever during chemotherapy', answers: { age: 49, fever: true, cancer: true, 'cancer-treatment': true }, urgency: 'emergency', rule: '12.4' },
  { situation: 'had cancer years ago, new back pain', answers: { age: 63, cancer: true, 'cancer-treatment': false, ...calm }, urgency: 'urgent', rule: '1b' },
  { situation: 'on chemotherapy, no fever', answers: { age: 44, cancer: true, 'cancer-treatment': true, 'weak-immune': true }, urgency: 'urgent', rule: '1b' },
  // A possible broken bone (12.5).
  { situation: '74, slipped on a step', answers: { age: 74, 'minor-injury': true }, urgency: 'emergency', rule: '12.5' },
  { situation: '60 with osteoporosis, a small fall', answers: { age: 60, 'weak-bones': true, 'minor-injury': true }, urgency: 'emergency', rule: '12.5' },
  { situation: '55 on long-term steroids, a small fall', answers: { age: 55, steroids: true, 'minor-injury': true }, urgency: 'emergency', rule: '12.5' },
  { situation: '66 with osteoporosis, pain after a sneeze', answers: { age: 66, 'weak-bones': true, 'sudden-start': true }, urgency: 'urgent', rule: '12.5' },
  { situation: '58 on steroids, pain after lifting a box', answers: { age: 58, steroids: true, 'sudden-start': true }, urgency: 'urgent', rule: '12.5' },
  { situation: '40, back pain after a car crash', answers: { age: 40, 'serious-accident': true }, urgency: 'emergency', rule: '1a' },
  { situation: '65 with osteoporosis, gradual pain, no fall', answers: { age: 65, 'weak-bones': true, 'minor-injury': false, 'sudden-start': false, ...calm }, urgency: 'see-doctor', rule: '12.8 (over 50, new)' },
  // Children and teenagers (12.6).
  { situation: 'a 14-year-old with back pain, nothing else', answers: { age: 14, ...calm }, urgency: 'see-doctor', rule: '12.6' },
  { situation: 'an 8-year-old with back pain', answers: { age: 8, ...calm }, urgency: 'urgent', rule: '12.6' },
  { situation: 'a 13-year-old whose pain is much worse at night', answers: { age: 13, 'night-pain': true, 'night-pain-new': false }, urgency: 'urgent', rule: '12.6' },
  { situation: 'a 15-year-old stiff for over an hour each morning', answers: { age: 15, 'morning-stiffness': true, 'stiffness-hour': true }, urgency: 'urgent', rule: '12.6' },
  { situation: 'a 12-year-old with numbness in both legs', answers: { age: 12, 'both-legs': true, 'both-legs-new': true }, urgency: 'emergency', rule: '12.6' },
  // Night pain and inflammatory back pain (12.7).
  { situation: 'new pain that is much worse at night', answers: { age: 46, 'night-pain': true, 'night-pain-new': true }, urgency: 'urgent', rule: '12.7' },
  { situation: 'night pain for years, the same as always', answers: { age: 42, 'night-pain': true, 'night-pain-new': false, duration: 'over-3-months', trend: 'same' }, urgency: 'self-care', rule: '12.7' },
  { situation: 'pain that does not ease at rest, recently changed', answers: { age: 53, 'rest-pain': true, 'rest-pain-new': true }, urgency: 'urgent', rule: '12.7' },
  { situation: '30, back pain for a year, stiff in the morning, eases with movement', answers: { age: 30, duration: 'over-3-months', trend: 'same', 'morning-stiffness': true, 'stiffness-eases': true }, urgency: 'see-doctor', rule: '12.7 (inflammatory)' },
  // The signs for today (1b).
  { situation: 'fever and pain down one leg', answers: { age: 37, fever: true, 'one-leg-pain': true }, urgency: 'urgent', rule: '1b' },
  { situation: 'lost weight without trying', answers: { age: 58, 'weight-loss': true }, urgency: 'urgent', rule: '1b' },
  { situation: 'a lump on the back', answers: { age: 41, 'back-lump': true }, urgency: 'urgent', rule: '1b' },
  { situation: 'injects drugs, nothing else', answers: { age: 29, 'inject-drugs': true }, urgency: 'urgent', rule: '1b' },
  { situation: 'HIV, nothing else', answers: { age: 35, 'weak-immune': true }, urgency: 'urgent', rule: '1b' },
  { situation: 'a leg getting weaker', answers: { age: 48, 'leg-tingling-weakness': true, 'leg-weakening': true }, urgency: 'urgent', rule: '1b' },
  { situation: 'a foot that catches so they trip', answers: { age: 51, 'leg-tingling-weakness': true, 'foot-drop': true }, urgency: 'urgent', rule: '1b' },
  { situation: 'new pain between the shoulder blades', answers: { age: 44, 'upper-back-pain': true }, urgency: 'urgent', rule: '1b' },
  // "Not sure" (12.9).
  { situation: 'not sure about numbness between the legs', answers: { age: 40, 'saddle-numbness': 'not-sure' }, urgency: 'urgent', rule: '12.9' },
  { situation: 'not sure about a fever', answers: { age: 40, fever: 'not-sure', ...calm }, urgency: 'urgent', rule: '12.9' },
  { situation: 'not sure about slurred speech', answers: { age: 70, 'slurred-speech': 'not-sure' }, urgency: 'emergency', rule: '12.3 (FAST: call even if you are not sure)' },
  // The emergency wins.
  { situation: 'fever and numbness in both legs: the emergency wins', answers: { age: 50, fever: true, 'both-legs': true, 'both-legs-new': true }, urgency: 'emergency', rule: '1a' },
];
