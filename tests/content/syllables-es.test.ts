import { describe, expect, it } from 'vitest';
import {
  fernandezHuerta,
  infleszGrade,
  measureEs,
  numberWordsEs,
  syllablesEs,
  syllablesOfTokenEs,
  szigrisztPazos,
} from '../../tools/readability-es.js';

/**
 * Syllables as the RAE divides words in speech (Ortografía de la lengua española, 2010), which is
 * what a reader says and what Szigriszt-Pazos counted. Where the spoken division differs from the
 * division for line breaks (prohibir: proi-bir, but pro-hi-bir at a line end), the spoken one is used.
 */
const WORDS: readonly (readonly [string, number])[] = [
  // plain words
  ['casa', 2],
  ['perro', 2],
  ['gato', 2],
  ['mesa', 2],
  ['libro', 2],
  ['árbol', 2],
  ['sol', 1],
  ['mar', 1],
  ['pan', 1],
  ['luz', 1],
  ['tren', 1],
  ['flor', 1],
  ['mano', 2],
  ['cabeza', 3],
  ['ventana', 3],
  ['teléfono', 4],
  ['bicicleta', 4],
  ['murciélago', 4],
  ['ordenador', 4],
  ['universidad', 5],
  ['electricidad', 5],
  ['extraordinario', 6],
  ['otorrinolaringólogo', 9],
  ['trabajo', 3],
  ['sentarse', 3],
  ['levantar', 3],
  ['cama', 2],
  ['dormir', 2],
  ['caminar', 3],
  ['andar', 2],
  ['nadar', 2],
  ['dolor', 2],
  ['a', 1],
  ['o', 1],
  ['e', 1],
  ['de', 1],
  ['con', 1],
  ['para', 2],
  ['cuando', 2],
  ['después', 2],
  // diphthongs: a weak vowel (i, u) with a strong one (a, e, o), or two different weak vowels (ui, iu)
  ['aire', 2],
  ['auto', 2],
  ['peine', 2],
  ['deuda', 2],
  ['boina', 2],
  ['ciudad', 2],
  ['cuidado', 3],
  ['ruido', 2],
  ['viuda', 2],
  ['bueno', 2],
  ['nieve', 2],
  ['agua', 2],
  ['cuatro', 2],
  ['siete', 2],
  ['nueve', 2],
  ['diez', 1],
  ['seis', 1],
  ['veinte', 2],
  ['treinta', 2],
  ['cuarenta', 3],
  ['causa', 2],
  ['aceite', 3],
  ['Europa', 3],
  ['piano', 2],
  ['lluvia', 2],
  ['historia', 3],
  ['idioma', 3],
  ['estudio', 3],
  ['cuerpo', 2],
  ['fuerza', 2],
  ['suelo', 2],
  ['miedo', 2],
  ['tiempo', 2],
  ['gracias', 2],
  ['familia', 3],
  ['oigo', 2],
  ['jesuita', 3], // je-sui-ta (RAE); some dictionaries show je-su-i-ta
  ['construir', 2], // cons-truir: ui is a diphthong (RAE)
  ['destruido', 3],
  ['fui', 1],
  ['fue', 1],
  ['canción', 2],
  ['cuídese', 3],
  // y as a vowel: at the end of a word, or alone
  ['muy', 1],
  ['hoy', 1],
  ['rey', 1],
  ['ley', 1],
  ['hay', 1],
  ['soy', 1],
  ['estoy', 2],
  ['voy', 1],
  ['y', 1],
  ['jersey', 2],
  // triphthongs: weak-strong-weak is one syllable
  ['buey', 1],
  ['Uruguay', 3],
  ['Paraguay', 3],
  ['estudiáis', 3],
  ['averiguáis', 4],
  ['limpiéis', 2],
  ['cambiáis', 2],
  ['miau', 1],
  ['guau', 1],
  // hiatus: two strong vowels, accented or not, are two syllables
  ['poeta', 3],
  ['leer', 2],
  ['caos', 2],
  ['teatro', 3],
  ['museo', 3],
  ['idea', 3],
  ['océano', 4],
  ['héroe', 3],
  ['aéreo', 4],
  ['creer', 2],
  ['caer', 2],
  ['traer', 2],
  ['león', 2],
  ['real', 2],
  ['área', 3],
  ['maestro', 3],
  ['paella', 3],
  ['zoológico', 5],
  ['coordinación', 5],
  ['feo', 2],
  ['canoa', 3],
  ['bacalao', 4],
  ['golpear', 3],
  ['pasear', 3],
  ['marea', 3],
  ['línea', 3],
  ['vídeo', 3],
  // hiatus: an accented í or ú next to a strong vowel breaks the diphthong
  ['día', 2],
  ['país', 2],
  ['baúl', 2],
  ['reír', 2],
  ['oído', 3],
  ['río', 2],
  ['tía', 2],
  ['frío', 2],
  ['mío', 2],
  ['policía', 4],
  ['alegría', 4],
  ['energía', 4],
  ['dúo', 2],
  ['actúa', 3],
  ['continúa', 4],
  ['ataúd', 3],
  ['maíz', 2],
  ['raíz', 2],
  ['raíces', 3],
  ['leído', 3],
  ['oír', 2],
  ['increíble', 4],
  ['heroína', 4],
  ['sonreír', 3],
  ['mayoría', 4],
  ['todavía', 4],
  ['tenía', 3],
  ['sabía', 3],
  ['decía', 3],
  ['economía', 5],
  ['filosofía', 5],
  ['caída', 3],
  ['grúa', 2],
  // silent u in que, qui, gue, gui
  ['queso', 2],
  ['guitarra', 3],
  ['guerra', 2],
  ['quien', 1],
  ['quiero', 2],
  ['química', 3],
  ['aquí', 2],
  ['que', 1],
  ['qué', 1],
  ['porque', 2],
  ['pequeño', 3],
  ['seguir', 2],
  ['guiso', 2],
  ['juguete', 3],
  ['guía', 2],
  ['izquierda', 3],
  ['tranquilo', 3],
  ['máquina', 3],
  ['siguiente', 3],
  ['higuera', 3],
  // ü in güe, güi is a vowel, in a diphthong
  ['pingüino', 3],
  ['vergüenza', 3],
  ['cigüeña', 3],
  ['antigüedad', 4],
  ['lingüística', 4],
  ['bilingüe', 3],
  ['agüero', 3],
  ['desagüe', 3],
  ['argüir', 2],
  // y as a consonant: before a vowel
  ['yo', 1],
  ['mayo', 2],
  ['ayuda', 3],
  ['ayer', 2],
  ['playa', 2],
  ['yema', 2],
  ['leyes', 2],
  ['reyes', 2],
  ['rayo', 2],
  ['desayuno', 4],
  ['joya', 2],
  ['yeso', 2],
  ['ya', 1],
  ['suyo', 2],
  ['oye', 2],
  ['proyecto', 3],
  ['apoyo', 3],
  ['cónyuge', 3],
  ['subyacente', 4],
  // h between vowels is silent and transparent (RAE, Ortografía 2010: it does not stop a diphthong or make a hiatus)
  ['ahora', 3],
  ['búho', 2],
  ['prohibir', 2], // RAE: [proi̯.βíɾ], h does not stop the diphthong; pro-hi-bir (3) is the division for line breaks only
  ['prohibición', 3], // RAE: [proi̯.βi.θjón]
  ['prohíbe', 3],
  ['ahumado', 3],
  ['rehusar', 2], // RAE: [reu̯.sáɾ]
  ['ahijado', 3], // RAE's own example: [ai̯.xá.ðo]
  ['desahucio', 3],
  ['alcohol', 3],
  ['zanahoria', 4],
  ['vehículo', 4],
  ['cohete', 3],
  ['ahí', 2],
  ['rehén', 2],
  ['moho', 2],
  ['almohada', 4],
  ['deshacer', 3],
  ['deshielo', 3],
  ['anhelo', 3],
  ['bahía', 3],
  ['ahogar', 3],
  ['hablar', 2],
  ['hola', 2],
  ['hombre', 2],
  ['hijo', 2],
  ['hielo', 2],
  ['huevo', 2],
  ['hueso', 2],
  ['huesos', 2],
  ['hierba', 2],
  ['hiato', 2], // hia-to (RAE)
  // doubled weak vowels are a hiatus; monosyllables by the RAE 2010 convention
  ['chiita', 3], // chi-i-ta: a doubled weak vowel is two syllables
  ['antiinflamatorio', 7],
  ['guion', 1], // RAE 2010: a monosyllable by convention (hence no accent); some speakers say gui-on
  ['huir', 1], // RAE 2010: ui is always a diphthong in writing
  ['truhan', 1], // RAE 2010: a monosyllable by convention; some speakers say tru-han
  // the medical domain
  ['ciática', 3],
  ['ciático', 3],
  ['columna', 3],
  ['vértebra', 3],
  ['vértebras', 3],
  ['hernia', 2],
  ['disco', 2],
  ['discal', 2],
  ['nervio', 2],
  ['nerviosa', 3],
  ['pierna', 2],
  ['piernas', 2],
  ['espalda', 3],
  ['entumecimiento', 6],
  ['adormecimiento', 6],
  ['hormigueo', 4],
  ['hormigueos', 4],
  ['debilidad', 4],
  ['vejiga', 3],
  ['intestino', 4],
  ['médico', 3],
  ['urgencias', 3],
  ['emergencia', 4],
  ['fisioterapia', 5],
  ['fisioterapeuta', 6],
  ['ibuprofeno', 5],
  ['paracetamol', 5],
  ['embarazo', 4],
  ['embarazada', 5],
  ['diabetes', 3], // dia-be-tes: unaccented ia is a diphthong
  ['obesidad', 4],
  ['estenosis', 4],
  ['espondilolistesis', 7],
  ['espondilitis', 5],
  ['anquilosante', 5],
  ['piriforme', 4],
  ['corticoide', 4],
  ['esteroide', 4],
  ['opioide', 3],
  ['inflamación', 4],
  ['epidural', 4],
  ['estimulación', 5],
  ['medula', 3], // the older stress, me-du-la; the RAE gives both
  ['médula', 3],
  ['síndrome', 3],
  ['cauda', 2],
  ['equina', 3],
  ['lumbar', 2],
  ['lumbares', 3],
  ['lumbago', 3],
  ['radiculopatía', 7],
  ['neuropatía', 5],
  ['resonancia', 4],
  ['magnética', 4],
  ['quirúrgico', 4],
  ['cirugía', 4],
  ['analgésico', 5],
  ['anestesia', 4],
  ['fiebre', 2],
  ['orina', 3],
  ['heces', 2],
  ['incontinencia', 5],
  ['sensibilidad', 5],
  ['reposo', 3],
  ['ejercicio', 4],
  ['rodilla', 3],
  ['tobillo', 3],
  ['glúteo', 3],
  ['muslo', 2],
  ['pie', 1],
  ['pies', 1],
  ['músculo', 3],
  ['ligamento', 4],
  ['articulación', 5],
  ['osteoporosis', 6],
  ['artrosis', 3],
  ['degenerativa', 6],
  ['radiografía', 5],
  ['tumor', 2],
  ['infección', 3],
  ['inyección', 3],
  ['cáncer', 2],
  ['trauma', 2],
  ['fractura', 3],
  ['paciente', 3],
  ['farmacia', 3],
  ['hospital', 3],
  ['ambulancia', 4],
  ['tratamiento', 4],
  ['diagnóstico', 4],
  ['síntoma', 3],
  ['semanas', 3],
  ['días', 2],
  ['crónico', 3],
  ['agudo', 3],
  ['calambre', 3],
  ['rigidez', 3],
  ['postura', 3],
  ['gabapentina', 5],
  ['pregabalina', 5],
  ['amitriptilina', 6],
  ['naproxeno', 4],
  ['codeína', 4],
  ['morfina', 3],
  ['tramadol', 3],
  ['neurocirujano', 6],
  ['neurólogo', 4],
  ['traumatólogo', 5],
  ['reumatólogo', 5],
  ['acupuntura', 5],
  ['quiropráctico', 5],
  ['osteópata', 5],
  ['estiramiento', 5],
  ['yoga', 2],
  ['natación', 3],
  ['ansiedad', 3],
  ['sueño', 2],
  ['cansancio', 3],
  ['espinal', 3],
  ['vertebral', 3],
  ['intervertebral', 5],
  ['compresión', 3],
  ['protrusión', 3],
  ['núcleo', 3],
  ['pulposo', 3],
  ['sacro', 2],
  ['cóccix', 2],
  ['pelvis', 2],
  ['cadera', 3],
  ['ingle', 2],
  ['perineo', 4],
  ['urinaria', 4],
  ['isquiotibiales', 5],
  ['cuádriceps', 3],
  ['meningitis', 4],
  ['hematoma', 4],
  ['osteomielitis', 6],
  ['rehabilitación', 6],
  ['farmacéutico', 5],
  ['fisiología', 5],
  ['anatomía', 5],
];

describe('syllablesEs: Spanish words', () => {
  it('has a table of at least 200 words with no word twice', () => {
    expect(WORDS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(WORDS.map(([w]) => w)).size).toBe(WORDS.length);
  });

  it.each(WORDS)('%s has %i syllables', (word, count) => {
    expect(syllablesEs(word)).toBe(count);
  });

  it('ignores case', () => {
    expect(syllablesEs('Ciática')).toBe(3);
    expect(syllablesEs('Hoy')).toBe(1);
    expect(syllablesEs('Yo')).toBe(1);
    expect(syllablesEs('URGENCIAS')).toBe(3); // more than five capitals: a word in capitals, not an initialism
  });

  it('reads initialisms letter by letter, with the Spanish names of the letters', () => {
    expect(syllablesEs('NHS')).toBe(6); // e-ne ha-che e-se
    expect(syllablesEs('GP')).toBe(2); // ge pe
    expect(syllablesEs('DVT')).toBe(4); // de u-ve te
    expect(syllablesEs('HIV')).toBe(5); // ha-che i u-ve
    expect(syllablesEs('AAFP')).toBe(5); // a a e-fe pe
    expect(syllablesEs('NICE')).toBe(5); // e-ne i ce e
    expect(syllablesEs('W')).toBe(4); // u-ve do-ble, the RAE's name
    expect(syllablesEs('mg')).toBe(3); // no vowel: spelled, e-me ge
    expect(syllablesEs('B')).toBe(1); // be
  });

  it('counts at least one syllable for anything', () => {
    for (const w of ['', 'h', '-', "'", 'ß', 'x']) expect(syllablesEs(w)).toBeGreaterThanOrEqual(1);
  });

  it('treats a word with digits or signs as a token', () => {
    expect(syllablesEs('80%')).toBe(6);
    expect(syllablesEs('L5-S1')).toBe(syllablesOfTokenEs('L5-S1'));
  });
});

describe('numberWordsEs: numerals read aloud in Spanish', () => {
  it.each([
    ['0', ['cero']],
    ['1', ['uno']],
    ['7', ['siete']],
    ['15', ['quince']],
    ['16', ['dieciséis']],
    ['20', ['veinte']],
    ['21', ['veintiuno']],
    ['22', ['veintidós']],
    ['29', ['veintinueve']],
    ['30', ['treinta']],
    ['31', ['treinta', 'y', 'uno']],
    ['50', ['cincuenta']],
    ['99', ['noventa', 'y', 'nueve']],
    ['100', ['cien']],
    ['101', ['ciento', 'uno']],
    ['112', ['ciento', 'doce']],
    ['200', ['doscientos']],
    ['555', ['quinientos', 'cincuenta', 'y', 'cinco']],
    ['999', ['novecientos', 'noventa', 'y', 'nueve']],
    ['1000', ['mil']],
    ['1.001', ['mil', 'uno']],
    ['2007', ['dos', 'mil', 'siete']],
    ['21000', ['veintiún', 'mil']],
    ['31.000', ['treinta', 'y', 'un', 'mil']],
    ['100.000', ['cien', 'mil']],
    ['100,000', ['cien', 'mil']],
    ['101.000', ['ciento', 'un', 'mil']],
    ['1.000.000', ['un', 'millón']],
    ['2.000.000', ['dos', 'millones']],
    ['21.000.000', ['veintiún', 'millones']],
    ['1.000.000.000', ['mil', 'millones']],
    ['2,5', ['dos', 'coma', 'cinco']],
    ['2.5', ['dos', 'punto', 'cinco']],
    ['3,14', ['tres', 'coma', 'catorce']],
    ['0,05', ['cero', 'coma', 'cero', 'cinco']],
    ['1.234,5', ['mil', 'doscientos', 'treinta', 'y', 'cuatro', 'coma', 'cinco']],
    ['1,2345', ['uno', 'coma', 'dos', 'tres', 'cuatro', 'cinco']],
    ['1000000000000', ['uno', 'cero', 'cero', 'cero', 'cero', 'cero', 'cero', 'cero', 'cero', 'cero', 'cero', 'cero', 'cero']],
  ] as const)('%s is read %j', (numeral, words) => {
    expect(numberWordsEs(numeral)).toEqual(words);
  });

  it('reads every whole number below a million with words it can count', () => {
    for (let n = 0; n < 1_000_000; n += 997) {
      const words = numberWordsEs(String(n));
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(w).toMatch(/^\p{L}+$/u);
    }
  });
});

describe('syllablesOfTokenEs: tokens as wordsOf yields them', () => {
  it.each([
    ['80%', 6], // o-chen-ta por cien-to
    ['31', 5], // trein-ta y u-no
    ['2007', 4], // dos mil sie-te
    ['100.000', 2], // cien mil
    ['100,000', 2],
    ['2,5', 5], // dos co-ma cin-co
    ['16', 3], // die-ci-séis
    ['físico-químico', 6],
    ['L5-S1', 8], // e-le cin-co e-se u-no
    ['A&E', 3], // a y e
    ['espalda', 3],
    ['NHS', 6],
  ] as const)('%s has %i syllables', (token, count) => {
    expect(syllablesOfTokenEs(token)).toBe(count);
  });
});

describe('the formulas', () => {
  const m = { words: 100, syllables: 200, sentences: 10 };

  it('Szigriszt-Pazos: 206.835 - 62.3 syllables/words - words/sentences', () => {
    expect(szigrisztPazos(m)).toBeCloseTo(72.235, 10); // 206.835 - 124.6 - 10
    expect(szigrisztPazos({ words: 12, syllables: 24, sentences: 1 })).toBeCloseTo(70.235, 10);
  });

  it('Fernández-Huerta (corrected): 206.84 - 60 syllables/words - 1.02 words/sentences', () => {
    expect(fernandezHuerta(m)).toBeCloseTo(76.64, 10); // 206.84 - 120 - 10.2
    expect(fernandezHuerta({ words: 50, syllables: 100, sentences: 5 })).toBeCloseTo(76.64, 10);
  });

  it('gives no passing score when there is nothing to measure', () => {
    expect(szigrisztPazos({ words: 0, syllables: 0, sentences: 0 })).toBeNaN();
    expect(infleszGrade(Number.NaN)).toBe('muy difícil');
    expect(measureEs('empty', '').inflesz).toBe('muy difícil');
  });
});

describe('infleszGrade: the INFLESZ bands', () => {
  it.each([
    [0, 'muy difícil'],
    [39.9, 'muy difícil'],
    [40, 'algo difícil'],
    [54.9, 'algo difícil'],
    [55, 'normal'],
    [64.9, 'normal'],
    [65, 'bastante fácil'],
    [79.9, 'bastante fácil'],
    [80, 'muy fácil'],
    [100, 'muy fácil'],
  ] as const)('%d is %s', (score, grade) => {
    expect(infleszGrade(score)).toBe(grade);
  });
});

describe('measureEs', () => {
  const hard =
    'La espondilolistesis degenerativa con estenosis foraminal bilateral puede provocar radiculopatía lumbosacra ' +
    'con alteraciones neurológicas progresivas que requieren valoración neuroquirúrgica especializada.';
  const plain = 'Camine un poco cada día. Tome agua. El dolor suele mejorar en unas semanas. Si no puede orinar, vaya a urgencias.';

  it('counts words, sentences and syllables with the shared word and sentence split', () => {
    const r = measureEs('plain', plain);
    expect(r).toMatchObject({ id: 'plain', words: 21, sentences: 4, syllables: 41 });
    expect(r.szigrisztPazos).toBeCloseTo(szigrisztPazos(r), 10);
    expect(r.fernandezHuerta).toBeCloseTo(fernandezHuerta(r), 10);
    expect(r.inflesz).toBe(infleszGrade(r.szigrisztPazos));
  });

  it('counts figures as read aloud', () => {
    expect(measureEs('n', 'El 80% mejora.').syllables).toBe(1 + 6 + 3);
  });

  it('scores a hard medical sentence below 55 and a plain short text above 65, so a gate on it can fail', () => {
    const h = measureEs('hard', hard);
    const p = measureEs('plain', plain);
    expect(h.szigrisztPazos).toBeLessThan(55);
    expect(h.inflesz).toBe('muy difícil');
    expect(p.szigrisztPazos).toBeGreaterThan(65);
    expect(['bastante fácil', 'muy fácil']).toContain(p.inflesz);
    expect(h.fernandezHuerta).toBeLessThan(p.fernandezHuerta);
  });
});
