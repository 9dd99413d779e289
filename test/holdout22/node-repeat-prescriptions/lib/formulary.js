'use strict';

const SUBSTANCES = [
  ['Amlodipine', 'cardiovascular', [5, 10]], ['Atorvastatin', 'cardiovascular', [10, 20, 40, 80]],
  ['Bisoprolol', 'cardiovascular', [1.25, 2.5, 5, 10]], ['Ramipril', 'cardiovascular', [1.25, 2.5, 5, 10]],
  ['Lisinopril', 'cardiovascular', [5, 10, 20]], ['Losartan', 'cardiovascular', [25, 50, 100]],
  ['Warfarin', 'anticoagulant', [0.5, 1, 3, 5]], ['Apixaban', 'anticoagulant', [2.5, 5]],
  ['Metformin', 'diabetes', [500, 850, 1000]], ['Gliclazide', 'diabetes', [40, 80]],
  ['Sitagliptin', 'diabetes', [25, 50, 100]], ['Levothyroxine', 'endocrine', [25, 50, 75, 100]],
  ['Omeprazole', 'gastro', [10, 20, 40]], ['Lansoprazole', 'gastro', [15, 30]],
  ['Sertraline', 'mental-health', [50, 100]], ['Citalopram', 'mental-health', [10, 20, 40]],
  ['Mirtazapine', 'mental-health', [15, 30, 45]], ['Sumatriptan', 'neurology', [50, 100]],
  ['Gabapentin', 'neurology', [100, 300, 400]], ['Pregabalin', 'neurology', [25, 50, 75, 150]],
  ['Salbutamol', 'respiratory', [100]], ['Beclometasone', 'respiratory', [50, 100, 200]],
  ['Montelukast', 'respiratory', [4, 5, 10]], ['Tamsulosin', 'urology', [0.4]],
  ['Finasteride', 'urology', [5]], ['Alendronic acid', 'musculoskeletal', [70]],
  ['Naproxen', 'musculoskeletal', [250, 500]], ['Co-codamol', 'analgesia', [8, 30]],
  ['Paracetamol', 'analgesia', [500]], ['Amitriptyline', 'neurology', [10, 25, 50]],
  ['Furosemide', 'cardiovascular', [20, 40]], ['Spironolactone', 'cardiovascular', [25, 50]],
  ['Clopidogrel', 'anticoagulant', [75]], ['Prednisolone', 'endocrine', [1, 5]],
  ['Simvastatin', 'cardiovascular', [10, 20, 40]], ['Doxazosin', 'cardiovascular', [1, 2, 4]],
];
const FORMS = [['tablets', 28], ['tablets', 56], ['capsules', 28], ['modified-release tablets', 28],
  ['oral solution', 150], ['inhaler', 1], ['dispersible tablets', 28]];

// Pairs the practice's prescribing system warns about when issued together.
const INTERACTIONS = [
  ['Warfarin', 'Naproxen', 'bleeding risk'], ['Apixaban', 'Naproxen', 'bleeding risk'],
  ['Clopidogrel', 'Omeprazole', 'reduced antiplatelet effect'], ['Sertraline', 'Sumatriptan', 'serotonin syndrome'],
  ['Citalopram', 'Sumatriptan', 'serotonin syndrome'], ['Ramipril', 'Spironolactone', 'hyperkalaemia'],
  ['Lisinopril', 'Spironolactone', 'hyperkalaemia'], ['Simvastatin', 'Amlodipine', 'myopathy above 20 mg'],
  ['Warfarin', 'Prednisolone', 'INR change'], ['Gabapentin', 'Co-codamol', 'respiratory depression'],
  ['Pregabalin', 'Co-codamol', 'respiratory depression'], ['Mirtazapine', 'Sertraline', 'serotonin syndrome'],
];

const GUIDANCE = {
  cardiovascular: 'Take at the same time each day. Do not stop suddenly without speaking to your GP. Tell your pharmacist if you feel dizzy or faint when standing up.',
  anticoagulant: 'Carry your anticoagulant alert card. Seek urgent help for unusual bleeding or bruising, black stools or blood in your urine. Check with a pharmacist before taking painkillers.',
  diabetes: 'Take with or just after food. Know the signs of a low blood sugar and carry glucose tablets. Attend your annual diabetic eye and foot checks.',
  endocrine: 'Take on an empty stomach, 30 to 60 minutes before breakfast, unless told otherwise. Regular blood tests check the dose is right for you.',
  gastro: 'Take before a meal. If you still have symptoms after four weeks, or have difficulty swallowing or weight loss, speak to your GP.',
  'mental-health': 'It can take a few weeks to feel the benefit. Do not stop suddenly. Contact your GP or NHS 111 urgently if you have thoughts of harming yourself.',
  neurology: 'May cause drowsiness: do not drive or operate machinery if affected. Avoid alcohol. Do not stop suddenly.',
  respiratory: 'Check your inhaler technique with your pharmacist. Rinse your mouth after using a steroid inhaler. Seek help if you need your reliever more than three times a week.',
  urology: 'Stand up slowly to avoid dizziness. Tell your optician you take this medicine before cataract surgery.',
  musculoskeletal: 'Swallow whole with a full glass of water and stay upright for 30 minutes. Take with food if it upsets your stomach.',
  analgesia: 'Do not take with other products containing paracetamol. Contains an opioid: can cause constipation and dependence with long-term use.',
};

function buildFormulary(rand) {
  const products = [];
  let n = 0;
  for (const [substance, area, strengths] of SUBSTANCES) {
    for (const strength of strengths) {
      for (const [form, pack] of FORMS) {
        if (!rand.chance(0.9)) continue;
        n += 1;
        const unit = form === 'inhaler' ? 'micrograms/dose' : form === 'oral solution' ? 'mg/5ml' : 'mg';
        for (const supplier of ['generic', 'branded-a', 'branded-b']) {
          if (supplier !== 'generic' && !rand.chance(0.5)) continue;
          products.push({
            code: `${String(3200000000 + n * 7 + products.length).slice(0, 10)}${supplier === 'generic' ? '' : supplier.slice(-1).toUpperCase()}`,
            substance,
            area,
            strength,
            unit,
            form,
            packSize: pack,
            supplier,
            name: `${substance} ${strength}${unit} ${form}`,
            aliases: [`${substance.toLowerCase()} ${strength}`, `${substance.slice(0, 5).toUpperCase()}${strength}`],
            priceP: rand.int(80, 4200),
            guidance: GUIDANCE[area],
          });
        }
      }
    }
  }
  return products;
}

const interactionIndex = new Map();
for (const [a, b, note] of INTERACTIONS) {
  if (!interactionIndex.has(a)) interactionIndex.set(a, new Map());
  if (!interactionIndex.has(b)) interactionIndex.set(b, new Map());
  interactionIndex.get(a).set(b, note);
  interactionIndex.get(b).set(a, note);
}

function interactionsFor(substances) {
  const found = [];
  for (let i = 0; i < substances.length; i++) {
    const partners = interactionIndex.get(substances[i]);
    if (!partners) continue;
    for (let j = i + 1; j < substances.length; j++) {
      const note = partners.get(substances[j]);
      if (note) found.push({ pair: [substances[i], substances[j]], note });
    }
  }
  return found;
}

module.exports = { buildFormulary, interactionsFor };
