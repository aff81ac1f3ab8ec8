// Given names of Arabic, Persian, Turkish and Kurdish (below: Gaelic and Welsh) usage that the first-name table
// (models/name-genders.json, derived from American news and English name lists) lacks, so that "Hanan al-Fatlawi …
// she told reporters" can find her. Only names one sex carries in that usage; names both carry ("Nour", "Sabah",
// "Iman") are left out, and "Hanan" (a man's name in Hebrew, a woman's in Arabic) says nothing (CORRECTIONS in
// nameGender.ts). Asked after the table.
import type { Gender } from './roles';

const MEN = new Set(`Abbas Abdel Abdul Abdulaziz Abdullah Abdulrahman Adnan Ahmet Akram Alireza Amer Amir Ammar Anwar Awat
  Bafel Barham Bashar Binali Burak Cevdet Devlet Ebrahim Ekrem Emre Esmaeil Esmail Fahrettin Faisal Faleh Falih Fatih Fuad
  Ghassan Haider Hakan Hamad Hamed Hamza Hashem Hazem Hisham Hossein Hoshyar Hulusi Hüseyin Hussain Imad Ismail Issa Jafar
  Jalal Jamal Jassim Javad Kadhim Kadir Kamal Karim Kazem Kazim Khalid Khaled Kosrat Lahur Levent Mahdi Majid Marwan Masoud
  Masrour Mehdi Mevlüt Mohsen Mojtaba Mousa Muqtada Murat Musa Mustafa Nabil Nasser Nechirvan Nouri Numan Nuri Ömer Osama
  Qais Qasim Qassim Qassem Qubad Rafiq Reza Saad Saeed Sami Samir Selahattin Shwan Süleyman Talal Tamim Tariq Waleed Walid
  Yaşar Yousef Youssef Yusuf Zaid Zayed Ziad Zuhair`.split(/\s+/));

const WOMEN = new Set(`Aisha Amal Asma Ayse Ayşe Azadeh Dalal Elif Emine Fatemeh Fatima Fatma Ghada Hanin Hatice Hind Huda
  Ibtisam Khadija Khadijah Lamia Lubna Maha Mahsa Manal Marzieh Maryam Masoumeh Meriem Meryem Nadine Najla Narges Nasrin
  Nawal Nazanin Nesrine Nisreen Parisa Rasha Reem Roya Rula Sahar Salma Samar Samira Sawsan Shaima Shirin Soheila Suha
  Tahani Wafa Widad Yara Zahra Zainab Zeina Zeinab Zeynep`.split(/\s+/));

// Irish, Scottish Gaelic and Welsh given names of British and Irish copy, with and without their accents ("Aoife
// Kennelly", "Ciarán Muldowney", "Siân Gwenllian"), which the table lacks or has only unaccented.
const GAELIC_MEN = new Set(`Ciarán Ciaran Seán Pádraig Padraig Eoin Darragh Cian Oisín Oisin Colm Cathal Dónal Éamon Fergal Feargal
  Fiachra Lorcan Micheál Mícheál Ruairí Ruairi Seosamh Tadhg Diarmuid Donncha Enda Rónán Senan Cillian Tomás Séamus Seamus Pól Peadar
  Conchúr Naoise Odhrán Ruaidhrí Alasdair Ruaridh Dafydd Gethin Rhodri Iwan Emyr Ieuan Gruffydd Aled Huw Rhys Dewi Alun Owain Tudur
  Gwilym Hywel Iestyn Meirion Taliesin Geraint`.split(/\s+/));
const GAELIC_WOMEN = new Set(`Aoife Siobhán Niamh Sinéad Sinead Orla Orlaith Caoimhe Róisín Roisin Saoirse Gráinne Grainne Clodagh
  Aisling Eimear Fionnuala Máire Mairéad Mairead Nuala Síle Úna Bríd Éabha Eabha Sorcha Treasa Muireann Aoibheann Aoibhinn Bláthnaid
  Blathnaid Déirdre Ailbhe Ailsa Eilidh Mhairi Morag Catriona Siân Cerys Ffion Rhiannon Bethan Eluned Angharad Gwenllian Carys
  Eleri`.split(/\s+/));

/** The gender these lists give a first name, if any. */
export function regionalGender(name: string): Gender | undefined {
  return MEN.has(name) || GAELIC_MEN.has(name) ? 'm' : WOMEN.has(name) || GAELIC_WOMEN.has(name) ? 'f' : undefined;
}
