/**
 * Every fact and figure of the article (and of the reference notes the guide uses), with where it
 * must be found. Each pattern is matched against the plain text of the named section.
 */
export interface Fact {
  fact: string;
  section: string;
  patterns: RegExp[];
}

export const ARTICLE_FACTS: Fact[] = [
  { fact: 'low back pain affects 50 to 80% of adults each year', section: 'overview', patterns: [/50 to 80% of adults each year/] },
  { fact: 'back pain with leg weakness or leg pain may need more than an ice pack and rest', section: 'overview', patterns: [/ice pack/, /leg weakness/] },
  { fact: 'leg weakness means difficulty moving one or both legs', section: 'overview', patterns: [/hard to move one or both legs/] },
  { fact: 'the spinal cord has 31 pairs of spinal nerves and roots', section: 'leg-weakness', patterns: [/31 pairs/, /roots/] },
  { fact: 'a pinched nerve can change messages sent to the legs', section: 'leg-weakness', patterns: [/pinched/, /messages/] },
  { fact: 'leg weakness or tingling can be a warning sign of severe nerve compression: see a doctor', section: 'leg-weakness', patterns: [/weakness or tingling/, /severe nerve compression/, /see your doctor/i] },
  { fact: 'not all leg weakness comes from the back: trauma or rheumatoid arthritis', section: 'leg-weakness', patterns: [/trauma/, /rheumatoid arthritis/] },
  { fact: 'compressed or irritated nerve roots cause low back pain that can radiate into the legs', section: 'leg-pain', patterns: [/compressed/, /irritated/, /radiates/] },
  { fact: 'this can be a sign of sciatica', section: 'leg-pain', patterns: [/sign of a problem called sciatica/] },
  { fact: 'the sciatic nerve is the longest nerve in the body', section: 'sciatica', patterns: [/No nerve in your body is longer than your sciatic nerve/] },
  { fact: 'it runs from the lower back down the legs', section: 'sciatica', patterns: [/lower back and runs down into your legs/] },
  { fact: 'sciatica usually affects one leg, sometimes both', section: 'sciatica', patterns: [/most often affects just one leg/, /Sometimes it affects both legs/] },
  { fact: 'pain can be worse when sitting, coughing or sneezing', section: 'sciatica', patterns: [/Sitting can make the pain worse\. So can a cough or a sneeze/] },
  { fact: 'herniated disc: the most likely cause, 90% of cases', section: 'causes', patterns: [/Herniated disc/, /top cause, behind 90% of sciatica cases/] },
  { fact: 'lumbar spinal stenosis: narrowing spaces press on nerve roots and spinal cord', section: 'causes', patterns: [/lumbar spinal stenosis/, /nerve roots and your spinal cord/] },
  { fact: 'spondylolisthesis: a vertebra slips onto the one below and can pinch the nerve', section: 'causes', patterns: [/Spondylolisthesis/, /slips out of place onto the bone below/, /vertebra can pinch the nerve/] },
  { fact: 'spinal injuries: car accidents, falls, exercise injuries', section: 'causes', patterns: [/Car crashes, falls and injuries from exercise/] },
  { fact: 'piriformis syndrome: a tight buttock muscle spasms and irritates the nerve', section: 'causes', patterns: [/Piriformis syndrome/, /buttock muscle/, /spasm/] },
  { fact: 'spinal tumor: rarely a spinal canal tumor compresses the nerve', section: 'causes', patterns: [/Spinal tumor/, /rare/, /spinal canal/] },
  { fact: 'sciatica is sometimes unavoidable', section: 'risk-factors', patterns: [/Sometimes you can't avoid sciatica/] },
  { fact: 'age: bone spurs and herniated discs', section: 'risk-factors', patterns: [/Age/, /bone spurs/, /herniated discs/] },
  { fact: 'obesity: extra weight stresses the spine', section: 'risk-factors', patterns: [/obesity/, /stress to your spine/] },
  { fact: 'prolonged sitting adds pressure on the sciatic nerve', section: 'risk-factors', patterns: [/Sitting for a long time presses harder on the sciatic nerve/] },
  { fact: 'pregnancy: pressure of the uterus on the nerve', section: 'risk-factors', patterns: [/Pregnancy/, /womb \(uterus\)|uterus/] },
  { fact: 'diabetes: affects blood sugar use, raises risk of nerve damage', section: 'risk-factors', patterns: [/Diabetes/, /blood sugar/, /nerve damage/] },
  { fact: 'see a doctor to find the cause of any pain', section: 'treatments', patterns: [/Any time you have pain, it is a good idea to see your doctor/] },
  { fact: 'physical therapy: movements to reduce pressure, stretching, strengthening, aerobic conditioning', section: 'treatments', patterns: [/Physical therapy/, /stretching, strengthening and aerobic exercise/] },
  { fact: 'medication: over-the-counter such as ibuprofen, prescribed muscle relaxants for spasms', section: 'treatments', patterns: [/ibuprofen/, /over-the-counter/, /muscle relaxants/] },
  { fact: 'spinal cord stimulation interrupts pain signals; up to 80% get relief', section: 'treatments', patterns: [/stops pain messages on their way to your brain/, /as many as 80% of patients/] },
  { fact: 'spinal injections: corticosteroids reduce inflammation and pain, often enough to start physical therapy', section: 'treatments', patterns: [/corticosteroid/, /inflammation/, /enough for you to start physical therapy/] },
  { fact: 'surgery may be considered after six to eight weeks without improvement', section: 'treatments', patterns: [/not better after 6 to 8 weeks of treatment/] },
  { fact: '70-80% are relieved without surgery', section: 'treatments', patterns: [/70 to 80% of patients/] },
  { fact: 'talk with your doctor to find the cause and begin a treatment plan', section: 'doctor', patterns: [/doctor/, /treatment plan/] },
];

export const REFERENCE_FACTS: Fact[] = [
  { fact: 'other guidance: about 80% of adults at some point in life (NINDS)', section: 'overview', patterns: [/Other guidance \(US NINDS\)/, /80% of adults have low back pain at some point in their life/] },
  { fact: 'emergency numbers 999/A&E, 911, 112', section: 'warning-signs', patterns: [/999/, /A&E/, /911/, /112/] },
  { fact: 'cauda equina syndrome, about 1 to 3 in 100,000', section: 'warning-signs', patterns: [/cauda equina syndrome/, /1 to 3 people in 100,000/] },
  { fact: 'any one warning sign needs emergency care the same day', section: 'warning-signs', patterns: [/any ONE of the signs/, /same day/] },
  { fact: 'also urgent: accident or fall, high temperature, weight loss, lump, worse at night, chest pain', section: 'warning-signs', patterns: [/accident or fall/, /high temperature/, /weight/, /lump/, /night/, /chest pain/] },
  { fact: 'see a doctor if not better after a few weeks; sources differ (a week / a few weeks / about 6 weeks)', section: 'warning-signs', patterns: [/few weeks/, /Mayo Clinic/, /6 weeks/] },
  { fact: 'NICE on NSAIDs: limited evidence, lowest dose, shortest time; against several medicines', section: 'treatments', patterns: [/Other guidance \(NICE NG59\)/, /lowest dose for the shortest time/, /gabapentinoids/, /benzodiazepines/, /opioids/] },
  { fact: 'NICE TA159: 48% vs 9% at 6 months; only for nerve pain of 6 months or more', section: 'treatments', patterns: [/Other guidance \(NICE TA159\)/, /48%/, /9%/, /6 months or more/] },
  { fact: 'NICE: epidural steroid injection with local anaesthetic for acute and severe sciatica', section: 'treatments', patterns: [/epidural/, /numbing medicine/, /acute/] },
  { fact: 'NICE sets no fixed number of weeks for surgery', section: 'treatments', patterns: [/NICE sets no fixed number of weeks/] },
  { fact: 'most recover without surgery (Koes 2007)', section: 'treatments', patterns: [/Other guidance \(Koes and others, BMJ 2007\)/, /get better without surgery/] },
  { fact: 'NHS self-care: normal activities, gentle exercise and stretches, heat packs, pharmacist, avoid long sitting or lying', section: 'treatments', patterns: [/normal activities/, /gentle exercise and back stretches/, /heat packs/, /pharmacist/, /sit or lie down for long spells/] },
  { fact: 'paracetamol alone not recommended; no hot-water bottle on numb skin', section: 'treatments', patterns: [/Paracetamol on its own is not advised/, /hot-water bottle on skin that feels numb/] },
  { fact: 'time course: 4 to 6 weeks (NHS); 20 to 30% after 1 to 2 years (Koes)', section: 'treatments', patterns: [/4 to 6 weeks/, /20 to 30% of people still have symptoms after 1 to 2 years/] },
];
