// Given names of Arabic, Persian, Turkish and Kurdish usage that the first-name table (models/name-genders.json,
// derived from American news and English name lists) lacks, so that "Hanan al-Fatlawi … she told reporters" can find
// her. Only names one sex carries in that usage; names both carry ("Nour", "Sabah", "Iman") are left out, and "Hanan"
// (a man's name in Hebrew, a woman's in Arabic) says nothing (CORRECTIONS in nameGender.ts). Asked after the table.
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

/** The gender these lists give a first name, if any. */
export function regionalGender(name: string): Gender | undefined {
  return MEN.has(name) ? 'm' : WOMEN.has(name) ? 'f' : undefined;
}
