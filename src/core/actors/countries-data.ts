// Countries (and a few widely reported territories), written from general knowledge.
// One line each: ISO code | common name (the actor's name) | other names and abbreviations | demonyms (adjective
// and plural people forms). Ambiguous demonyms are left out on purpose ("Korean": North or South? "Congolese":
// which Congo? "Dominican": Dominica or the Dominican Republic?). Ethnic or linguistic words that are not a
// country (Kurdish, Arab, Persian, Pashtun) are not here either: they stay NORP actors of their own.
export const COUNTRY_TABLE = `
AF|Afghanistan|Islamic Emirate of Afghanistan|Afghan,Afghans,Afghani
AL|Albania||Albanian,Albanians
DZ|Algeria||Algerian,Algerians
AD|Andorra||Andorran,Andorrans
AO|Angola||Angolan,Angolans
AG|Antigua and Barbuda|Antigua|Antiguan,Antiguans
AR|Argentina|Argentine Republic|Argentine,Argentinian,Argentines,Argentinians
AM|Armenia||Armenian,Armenians
AU|Australia||Australian,Australians
AT|Austria||Austrian,Austrians
AZ|Azerbaijan||Azerbaijani,Azerbaijanis,Azeri,Azeris
BS|Bahamas|The Bahamas|Bahamian,Bahamians
BH|Bahrain||Bahraini,Bahrainis
BD|Bangladesh||Bangladeshi,Bangladeshis
BB|Barbados||Barbadian,Barbadians
BY|Belarus|Byelorussia|Belarusian,Belarusians,Belarussian
BE|Belgium||Belgian,Belgians
BZ|Belize||Belizean,Belizeans
BJ|Benin||Beninese
BT|Bhutan||Bhutanese
BO|Bolivia||Bolivian,Bolivians
BA|Bosnia and Herzegovina|Bosnia,Bosnia-Herzegovina|Bosnian,Bosnians
BW|Botswana||Botswanan,Motswana,Batswana
BR|Brazil||Brazilian,Brazilians
BN|Brunei|Brunei Darussalam|Bruneian,Bruneians
BG|Bulgaria||Bulgarian,Bulgarians
BF|Burkina Faso||Burkinabe,Burkinabè
BI|Burundi||Burundian,Burundians
CV|Cape Verde|Cabo Verde|Cape Verdean,Cape Verdeans
KH|Cambodia||Cambodian,Cambodians
CM|Cameroon||Cameroonian,Cameroonians
CA|Canada||Canadian,Canadians
CF|Central African Republic|CAR|Central African,Central Africans
TD|Chad||Chadian,Chadians
CL|Chile||Chilean,Chileans
CN|China|People's Republic of China,PRC,Mainland China|Chinese
CO|Colombia||Colombian,Colombians
KM|Comoros||Comorian,Comorians
CG|Republic of the Congo|Congo-Brazzaville|
CD|Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa|
CR|Costa Rica||Costa Rican,Costa Ricans
CI|Ivory Coast|Côte d'Ivoire,Cote d'Ivoire|Ivorian,Ivorians
HR|Croatia||Croatian,Croatians,Croat,Croats
CU|Cuba||Cuban,Cubans
CY|Cyprus||Cypriot,Cypriots
CZ|Czech Republic|Czechia|Czech,Czechs
DK|Denmark||Danish,Danes,Dane
DJ|Djibouti||Djiboutian,Djiboutians
DM|Dominica||
DO|Dominican Republic||
EC|Ecuador||Ecuadorian,Ecuadorians,Ecuadoran
EG|Egypt|Arab Republic of Egypt|Egyptian,Egyptians
SV|El Salvador||Salvadoran,Salvadorans,Salvadorian
GQ|Equatorial Guinea||Equatorial Guinean,Equatoguinean
ER|Eritrea||Eritrean,Eritreans
EE|Estonia||Estonian,Estonians
SZ|Eswatini|Swaziland|Swazi,Swazis
ET|Ethiopia||Ethiopian,Ethiopians
FJ|Fiji||Fijian,Fijians
FI|Finland||Finnish,Finns,Finn
FR|France|French Republic|French,Frenchman,Frenchwoman
GA|Gabon||Gabonese
GM|Gambia|The Gambia|Gambian,Gambians
GE|Georgia||Georgian,Georgians
DE|Germany|Federal Republic of Germany|German,Germans
GH|Ghana||Ghanaian,Ghanaians
GR|Greece|Hellenic Republic|Greek,Greeks
GD|Grenada||Grenadian,Grenadians
GT|Guatemala||Guatemalan,Guatemalans
GN|Guinea||Guinean,Guineans
GW|Guinea-Bissau||Bissau-Guinean
GY|Guyana||Guyanese
HT|Haiti||Haitian,Haitians
HN|Honduras||Honduran,Hondurans
HU|Hungary||Hungarian,Hungarians
IS|Iceland||Icelandic,Icelanders
IN|India|Republic of India,Bharat|Indian,Indians
ID|Indonesia||Indonesian,Indonesians
IR|Iran|Islamic Republic of Iran,Islamic Republic,Persia|Iranian,Iranians
IQ|Iraq|Republic of Iraq|Iraqi,Iraqis
IE|Ireland|Republic of Ireland,Eire|Irish,Irishman,Irishwoman
IL|Israel|State of Israel|Israeli,Israelis
IT|Italy||Italian,Italians
JM|Jamaica||Jamaican,Jamaicans
JP|Japan||Japanese
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian,Jordanians
KZ|Kazakhstan||Kazakh,Kazakhs,Kazakhstani
KE|Kenya||Kenyan,Kenyans
KI|Kiribati||I-Kiribati
KP|North Korea|DPRK,Democratic People's Republic of Korea|North Korean,North Koreans
KR|South Korea|Republic of Korea,ROK|South Korean,South Koreans
XK|Kosovo||Kosovar,Kosovars,Kosovan
KW|Kuwait||Kuwaiti,Kuwaitis
KG|Kyrgyzstan|Kyrgyz Republic|Kyrgyz,Kyrgyzstani
LA|Laos|Lao PDR|Laotian,Laotians
LV|Latvia||Latvian,Latvians
LB|Lebanon||Lebanese
LS|Lesotho||Basotho,Mosotho
LR|Liberia||Liberian,Liberians
LY|Libya||Libyan,Libyans
LI|Liechtenstein||Liechtensteiner,Liechtensteiners
LT|Lithuania||Lithuanian,Lithuanians
LU|Luxembourg||Luxembourgish,Luxembourger,Luxembourgers
MG|Madagascar||Malagasy
MW|Malawi||Malawian,Malawians
MY|Malaysia||Malaysian,Malaysians
MV|Maldives|The Maldives|Maldivian,Maldivians
ML|Mali||Malian,Malians
MT|Malta||Maltese
MH|Marshall Islands||Marshallese
MR|Mauritania||Mauritanian,Mauritanians
MU|Mauritius||Mauritian,Mauritians
MX|Mexico|United Mexican States|Mexican,Mexicans
FM|Micronesia|Federated States of Micronesia|Micronesian,Micronesians
MD|Moldova||Moldovan,Moldovans
MC|Monaco||Monegasque,Monégasque
MN|Mongolia||Mongolian,Mongolians
ME|Montenegro||Montenegrin,Montenegrins
MA|Morocco||Moroccan,Moroccans
MZ|Mozambique||Mozambican,Mozambicans
MM|Myanmar|Burma|Burmese,Myanmarese
NA|Namibia||Namibian,Namibians
NR|Nauru||Nauruan,Nauruans
NP|Nepal||Nepalese,Nepali,Nepalis
NL|Netherlands|The Netherlands,Holland|Dutch,Dutchman,Dutchwoman
NZ|New Zealand|Aotearoa|New Zealander,New Zealanders
NI|Nicaragua||Nicaraguan,Nicaraguans
NE|Niger||Nigerien,Nigeriens
NG|Nigeria||Nigerian,Nigerians
MK|North Macedonia|Macedonia|Macedonian,Macedonians
NO|Norway||Norwegian,Norwegians
OM|Oman|Sultanate of Oman|Omani,Omanis
PK|Pakistan|Islamic Republic of Pakistan|Pakistani,Pakistanis
PW|Palau||Palauan,Palauans
PS|Palestine|State of Palestine,Palestinian territories,Occupied Palestinian Territories|Palestinian,Palestinians
PA|Panama||Panamanian,Panamanians
PG|Papua New Guinea|PNG|Papua New Guinean,Papua New Guineans
PY|Paraguay||Paraguayan,Paraguayans
PE|Peru||Peruvian,Peruvians
PH|Philippines|The Philippines|Filipino,Filipinos,Filipina,Philippine
PL|Poland||Polish,Poles,Pole
PT|Portugal||Portuguese
QA|Qatar||Qatari,Qataris
RO|Romania||Romanian,Romanians
RU|Russia|Russian Federation|Russian,Russians
RW|Rwanda||Rwandan,Rwandans
KN|Saint Kitts and Nevis|St Kitts and Nevis|Kittitian
LC|Saint Lucia|St Lucia|Saint Lucian,St Lucian
VC|Saint Vincent and the Grenadines|St Vincent and the Grenadines|Vincentian
WS|Samoa||Samoan,Samoans
SM|San Marino||Sammarinese
ST|Sao Tome and Principe|São Tomé and Príncipe|Santomean
SA|Saudi Arabia|Kingdom of Saudi Arabia,KSA|Saudi,Saudis,Saudi Arabian
SN|Senegal||Senegalese
RS|Serbia||Serbian,Serbians,Serb,Serbs
SC|Seychelles||Seychellois
SL|Sierra Leone||Sierra Leonean,Sierra Leoneans
SG|Singapore||Singaporean,Singaporeans
SK|Slovakia|Slovak Republic|Slovak,Slovaks,Slovakian
SI|Slovenia||Slovenian,Slovenians,Slovene,Slovenes
SB|Solomon Islands||Solomon Islander,Solomon Islanders
SO|Somalia||Somali,Somalis
ZA|South Africa|Republic of South Africa|South African,South Africans
SS|South Sudan||South Sudanese
ES|Spain|Kingdom of Spain|Spanish,Spaniard,Spaniards
LK|Sri Lanka|Ceylon|Sri Lankan,Sri Lankans
SD|Sudan||Sudanese
SR|Suriname|Surinam|Surinamese
SE|Sweden||Swedish,Swedes,Swede
CH|Switzerland|Swiss Confederation|Swiss
SY|Syria|Syrian Arab Republic|Syrian,Syrians
TW|Taiwan|Republic of China,ROC|Taiwanese
TJ|Tajikistan||Tajik,Tajiks,Tajikistani
TZ|Tanzania||Tanzanian,Tanzanians
TH|Thailand|Siam|Thai,Thais
TL|East Timor|Timor-Leste|Timorese
TG|Togo||Togolese
TO|Tonga||Tongan,Tongans
TT|Trinidad and Tobago|Trinidad|Trinidadian,Trinidadians,Tobagonian
TN|Tunisia||Tunisian,Tunisians
TR|Turkey|Türkiye,Turkiye,Republic of Turkey|Turkish,Turks,Turk
TM|Turkmenistan||Turkmen,Turkmens
TV|Tuvalu||Tuvaluan,Tuvaluans
UG|Uganda||Ugandan,Ugandans
UA|Ukraine|The Ukraine|Ukrainian,Ukrainians
AE|United Arab Emirates|UAE,U.A.E.,Emirates|Emirati,Emiratis
GB|United Kingdom|UK,U.K.,Britain,Great Britain,United Kingdom of Great Britain and Northern Ireland|British,Briton,Britons,Brit,Brits
US|United States|US,U.S.,USA,U.S.A.,United States of America,America|American,Americans
UY|Uruguay||Uruguayan,Uruguayans
UZ|Uzbekistan||Uzbek,Uzbeks,Uzbekistani
VU|Vanuatu||Ni-Vanuatu
VA|Vatican City|Vatican,Holy See|Vatican
VE|Venezuela|Bolivarian Republic of Venezuela|Venezuelan,Venezuelans
VN|Vietnam|Viet Nam|Vietnamese
YE|Yemen||Yemeni,Yemenis
ZM|Zambia||Zambian,Zambians
ZW|Zimbabwe||Zimbabwean,Zimbabweans
HK|Hong Kong|HKSAR|Hong Konger,Hong Kongers
PR|Puerto Rico||Puerto Rican,Puerto Ricans
GL|Greenland||Greenlandic,Greenlanders
EH|Western Sahara||Sahrawi,Sahrawis
XE|England||English,Englishman,Englishwoman
XS|Scotland||Scottish,Scots,Scot
XW|Wales||Welsh
XN|Northern Ireland||Northern Irish
SU|Soviet Union|USSR,U.S.S.R.|Soviet,Soviets
YU|Yugoslavia||Yugoslav,Yugoslavs,Yugoslavian,Yugoslavians
CS|Czechoslovakia||Czechoslovak,Czechoslovaks,Czechoslovakian,Czechoslovakians
`;
