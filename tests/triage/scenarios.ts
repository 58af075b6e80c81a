/**
 * Plain-language situations and the urgency the checklist must give each. The answers name the
 * questions by id; every question not named is answered "no". Shared by the CLI test in every
 * language the tool has, so each gives the same urgencies.
 */
export interface Scenario {
  situation: string;
  yes: string[];
  urgency: 'emergency' | 'urgent' | 'see-doctor' | 'self-care';
}

export const SCENARIOS: Scenario[] = [
  { situation: 'nothing on the list applies', yes: [], urgency: 'self-care' },
  { situation: 'fever and pain down one leg', yes: ['fever', 'one-leg-pain'], urgency: 'urgent' },
  { situation: 'had cancer, numb between the legs', yes: ['cancer', 'saddle-numbness'], urgency: 'emergency' },
  { situation: 'pregnant, nothing else', yes: ['pregnancy'], urgency: 'see-doctor' },
  { situation: 'tingling in both legs, which they would not call sciatica', yes: ['both-legs'], urgency: 'emergency' },
  { situation: 'cannot start peeing since this morning', yes: ['bladder'], urgency: 'emergency' },
  { situation: 'did not notice needing to poo', yes: ['bowel'], urgency: 'emergency' },
  { situation: 'a new problem keeping an erection, with sciatica', yes: ['sexual-function', 'one-leg-pain'], urgency: 'emergency' },
  { situation: 'back pain with chest pain', yes: ['chest-pain'], urgency: 'emergency' },
  { situation: 'back pain since a car crash', yes: ['serious-accident'], urgency: 'emergency' },
  { situation: 'an older person who slipped on a step, over 50', yes: ['minor-injury-weak-bones', 'age'], urgency: 'emergency' },
  { situation: 'lost weight without trying, sits all day at work', yes: ['weight-loss', 'long-sitting'], urgency: 'urgent' },
  { situation: 'a lump on the back', yes: ['back-lump'], urgency: 'urgent' },
  { situation: 'pain that wakes them at night and does not ease with rest', yes: ['night-pain'], urgency: 'urgent' },
  { situation: 'on chemotherapy, with sciatica that is worse when sitting', yes: ['weak-immune', 'worse-sitting-coughing'], urgency: 'urgent' },
  { situation: 'injects drugs, nothing else', yes: ['weak-immune'], urgency: 'urgent' },
  { situation: 'a foot that catches so they trip', yes: ['leg-weakening'], urgency: 'urgent' },
  { situation: 'new pain between the shoulder blades', yes: ['upper-back-pain'], urgency: 'urgent' },
  { situation: 'had cancer years ago, pain down one leg, over 50', yes: ['cancer', 'one-leg-pain', 'age'], urgency: 'urgent' },
  { situation: 'fever and numbness in both legs: the emergency wins', yes: ['fever', 'both-legs'], urgency: 'emergency' },
  { situation: 'over 50, nothing else', yes: ['age'], urgency: 'see-doctor' },
  { situation: 'pain down one leg, worse when coughing', yes: ['one-leg-pain', 'worse-sitting-coughing'], urgency: 'see-doctor' },
  { situation: 'one leg numb, not getting worse, with diabetes', yes: ['leg-tingling-weakness', 'diabetes'], urgency: 'see-doctor' },
  { situation: 'pregnant with pain down one leg', yes: ['pregnancy', 'one-leg-pain'], urgency: 'see-doctor' },
  { situation: 'diabetes and extra weight, nothing else', yes: ['diabetes', 'excess-weight'], urgency: 'self-care' },
  { situation: 'sits for long periods, nothing else', yes: ['long-sitting'], urgency: 'self-care' },
];
