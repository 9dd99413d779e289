'use strict';
// Veterinary formulary subset: drugs the kennel staff are trained to administer.
// Doses found in owner notes are copied to the medication chart.
module.exports = [
  'acepromazine', 'allopurinol', 'amantadine', 'amitriptyline', 'amlodipine', 'amoxicillin', 'ampicillin',
  'apoquel', 'atenolol', 'azathioprine', 'benazepril', 'bromide', 'budesonide', 'buprenorphine', 'buspirone',
  'butorphanol', 'cabergoline', 'carprofen', 'cefalexin', 'cefpodoxime', 'cetirizine', 'chlorambucil',
  'chloramphenicol', 'chlorpheniramine', 'cimetidine', 'ciprofloxacin', 'cisapride', 'clavamox', 'clindamycin',
  'clomipramine', 'clopidogrel', 'cyclosporine', 'cyproheptadine', 'deracoxib', 'desmopressin', 'dexamethasone',
  'diazepam', 'diethylstilbestrol', 'digoxin', 'diltiazem', 'diphenhydramine', 'doxycycline', 'enalapril',
  'enrofloxacin', 'famotidine', 'fenbendazole', 'firocoxib', 'fluconazole', 'fludrocortisone', 'fluoxetine',
  'furosemide', 'gabapentin', 'glipizide', 'hydrocodone', 'hydroxyzine', 'imepitoin', 'insulin', 'itraconazole',
  'ivermectin', 'ketoconazole', 'lactulose', 'levetiracetam', 'levothyroxine', 'lisinopril', 'loperamide',
  'maropitant', 'meloxicam', 'metacam', 'methimazole', 'methocarbamol', 'metoclopramide', 'metronidazole',
  'mirtazapine', 'misoprostol', 'mitotane', 'omeprazole', 'ondansetron', 'oclacitinib', 'phenobarbital',
  'phenylpropanolamine', 'pimobendan', 'piroxicam', 'ponazuril', 'praziquantel', 'prednisolone', 'prednisone',
  'pregabalin', 'propranolol', 'pyrantel', 'robenacoxib', 'ronidazole', 'selegiline', 'sildenafil', 'spironolactone',
  'sucralfate', 'sulfasalazine', 'telmisartan', 'terbinafine', 'theophylline', 'thyroxine', 'torsemide',
  'tramadol', 'trazodone', 'trilostane', 'tylosin', 'ursodiol', 'zonisamide',
];
