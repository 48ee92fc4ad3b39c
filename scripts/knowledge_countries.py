# ruff: noqa: E501  (a data table: one country per line reads best)
"""Curated country table for ``scripts/build_knowledge_data.py`` (dev-time only).

One line per ISO 3166-1 alpha-3 code::

    CODE|short name|extra names;...|demonyms;...|capital

An empty capital field keeps the capital GeoNames gives; ``-`` means the territory has none.
Names that pycountry knows (name, official name, common name) are added by the builder, with a
``the`` form for official names, so only the forms news text uses beyond those are listed here.
"""

COUNTRY_TABLE = """
ABW|Aruba||Aruban|
AFG|Afghanistan|Islamic Emirate of Afghanistan|Afghan;Afghanistani|
AGO|Angola||Angolan|
AIA|Anguilla||Anguillan|
ALA|Åland Islands|Aland Islands;Åland;Aland|Ålandic;Alandic|Mariehamn
ALB|Albania||Albanian|
AND|Andorra||Andorran|
ARE|United Arab Emirates|the United Arab Emirates;UAE;the UAE;U.A.E.;the Emirates|Emirati;UAE|
ARG|Argentina||Argentine;Argentinian|
ARM|Armenia||Armenian|
ASM|American Samoa||American Samoan|
ATA|Antarctica||Antarctic|-
ATF|French Southern Territories|French Southern and Antarctic Lands|French Southern|Port-aux-Français
ATG|Antigua and Barbuda|Antigua|Antiguan;Barbudan|St. John's
AUS|Australia|Commonwealth of Australia|Australian|
AUT|Austria||Austrian|
AZE|Azerbaijan||Azerbaijani;Azeri|
BDI|Burundi||Burundian|
BEL|Belgium||Belgian|
BEN|Benin||Beninese|
BES|Caribbean Netherlands|Bonaire|Bonairean|Kralendijk
BFA|Burkina Faso|Burkina|Burkinabe;Burkinabé|
BGD|Bangladesh||Bangladeshi|
BGR|Bulgaria||Bulgarian|
BHR|Bahrain||Bahraini|
BHS|Bahamas|the Bahamas;The Bahamas|Bahamian|
BIH|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnia & Herzegovina;Bosnia;BiH|Bosnian;Bosnian and Herzegovinian|
BLM|Saint Barthélemy|Saint Barthelemy;St. Barthélemy;St Barts;St. Barts|Barthélemois|
BLR|Belarus|Byelorussia;Belorussia|Belarusian;Belarussian;Byelorussian|
BLZ|Belize||Belizean|
BMU|Bermuda||Bermudian|
BOL|Bolivia||Bolivian|
BRA|Brazil|Brasil|Brazilian|Brasília
BRB|Barbados||Barbadian;Bajan|
BRN|Brunei|Brunei Darussalam;Nation of Brunei|Bruneian|
BTN|Bhutan||Bhutanese|
BVT|Bouvet Island||Bouvet Island|-
BWA|Botswana||Botswanan;Motswana;Batswana|
CAF|Central African Republic|the Central African Republic;CAR|Central African|
CAN|Canada||Canadian|
CCK|Cocos (Keeling) Islands|Cocos Islands;Keeling Islands;the Cocos Islands|Cocos Islander|
CHE|Switzerland||Swiss|
CHL|Chile||Chilean|
CHN|China|PRC;the PRC;P.R. China;P.R.C.;Mainland China;the Chinese mainland;Chinese mainland|Chinese|
CIV|Côte d'Ivoire|Cote d'Ivoire;Côte d’Ivoire;Cote d’Ivoire;Cote dIvoire;Ivory Coast;the Ivory Coast|Ivorian|
CMR|Cameroon||Cameroonian|Yaoundé
COD|Democratic Republic of the Congo|the Democratic Republic of the Congo;Democratic Republic of Congo;the Democratic Republic of Congo;DR Congo;D.R. Congo;DRC;the DRC;DR of Congo;Congo-Kinshasa;Congo (Kinshasa)|Congolese;DRC;DR Congo|
COG|Republic of the Congo|Republic of Congo;the Republic of Congo;Congo-Brazzaville;Congo (Brazzaville)|Congo;Republic of Congo;Congo-Brazzaville|
COK|Cook Islands|the Cook Islands|Cook Islander;Cook Islands|
COL|Colombia||Colombian|Bogotá
COM|Comoros|the Comoros|Comorian|
CPV|Cabo Verde|Cape Verde|Cabo Verdean;Cape Verdean|
CRI|Costa Rica||Costa Rican|San José
CUB|Cuba||Cuban|
CUW|Curaçao|Curacao|Curaçaoan;Curacaoan|Willemstad
CXR|Christmas Island||Christmas Islander|
CYM|Cayman Islands|the Cayman Islands;the Caymans|Caymanian|
CYP|Cyprus||Cypriot|
CZE|Czechia|the Czech Republic|Czech|
DEU|Germany|FRG|German|
DJI|Djibouti||Djiboutian|
DMA|Dominica||Dominica|
DNK|Denmark||Danish|
DOM|Dominican Republic|the Dominican Republic|Dominican|
DZA|Algeria||Algerian|
ECU|Ecuador||Ecuadorian;Ecuadorean|
EGY|Egypt||Egyptian|
ERI|Eritrea||Eritrean|
ESH|Western Sahara|Sahrawi Arab Democratic Republic|Sahrawi|Laayoune
ESP|Spain||Spanish|
EST|Estonia||Estonian|
ETH|Ethiopia||Ethiopian|
FIN|Finland||Finnish|
FJI|Fiji||Fijian|
FLK|Falkland Islands|the Falkland Islands;the Falklands;Falklands;Malvinas;Islas Malvinas|Falkland Islander|Stanley
FRA|France||French|
FRO|Faroe Islands|the Faroe Islands;Faroes;the Faroes|Faroese|Tórshavn
FSM|Micronesia|FSM|Micronesian|
GAB|Gabon||Gabonese|
GBR|United Kingdom|the United Kingdom;UK;U.K.;the UK;the U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland;England|British;UK;U.K.|
GEO|Georgia||Georgian|
GGY|Guernsey||Guernsey|St Peter Port
GHA|Ghana||Ghanaian|
GIB|Gibraltar||Gibraltarian|
GIN|Guinea|Guinea-Conakry|Guinean|
GLP|Guadeloupe||Guadeloupean|
GMB|Gambia|the Gambia;The Gambia|Gambian|
GNB|Guinea-Bissau|Guinea Bissau|Bissau-Guinean|
GNQ|Equatorial Guinea||Equatorial Guinean;Equatoguinean|Malabo
GRC|Greece||Greek;Hellenic|
GRD|Grenada||Grenadian|St. George's
GRL|Greenland||Greenlandic;Greenlander|
GTM|Guatemala||Guatemalan|
GUF|French Guiana||French Guianese|
GUM|Guam||Guamanian|Hagåtña
GUY|Guyana||Guyanese|
HKG|Hong Kong|Hong Kong SAR;HKSAR;the HKSAR;Hong Kong Special Administrative Region;the Hong Kong Special Administrative Region;Hong Kong, China|Hong Kong;Hongkonger;Hong Konger|Hong Kong
HMD|Heard Island and McDonald Islands|Heard and McDonald Islands|Heard Island|-
HND|Honduras||Honduran|
HRV|Croatia||Croatian|
HTI|Haiti||Haitian|
HUN|Hungary||Hungarian|
IDN|Indonesia||Indonesian|
IMN|Isle of Man|the Isle of Man|Manx|
IND|India|Bharat|Indian|
IOT|British Indian Ocean Territory|Chagos Islands;Chagos Archipelago;the Chagos Archipelago;BIOT|Chagossian|Diego Garcia
IRL|Ireland|Republic of Ireland;the Republic of Ireland|Irish|
IRN|Iran|Persia|Iranian|
IRQ|Iraq||Iraqi|
ISL|Iceland||Icelandic|
ISR|Israel||Israeli|
ITA|Italy||Italian|
JAM|Jamaica||Jamaican|
JEY|Jersey||Jersey|St Helier
JOR|Jordan||Jordanian|
JPN|Japan||Japanese|
KAZ|Kazakhstan|Qazaqstan;Kazakstan|Kazakh;Kazakhstani;Kazakstani|Astana
KEN|Kenya||Kenyan|
KGZ|Kyrgyzstan|Kyrgyz Republic;the Kyrgyz Republic;Kirghizia;Kirgizia;Kyrgyzia|Kyrgyz;Kyrgyzstani;Kirghiz;Kirgiz|
KHM|Cambodia|Kampuchea|Cambodian;Khmer|
KIR|Kiribati||I-Kiribati|Tarawa
KNA|Saint Kitts and Nevis|St. Kitts and Nevis;St Kitts and Nevis;St. Kitts|Kittitian;Nevisian|
KOR|South Korea|Republic of Korea;the Republic of Korea;ROK;the ROK;R.O.K.;Korea;S. Korea|South Korean;ROK;Korean|
KWT|Kuwait||Kuwaiti|
LAO|Laos|Lao PDR;the Lao PDR;Lao P.D.R.|Lao;Laotian|
LBN|Lebanon||Lebanese|
LBR|Liberia||Liberian|
LBY|Libya|State of Libya|Libyan|
LCA|Saint Lucia|St. Lucia;St Lucia|Saint Lucian;St. Lucian|
LIE|Liechtenstein||Liechtensteiner;Liechtenstein|
LKA|Sri Lanka|Ceylon|Sri Lankan|Colombo
LSO|Lesotho||Basotho;Mosotho;Lesotho|
LTU|Lithuania||Lithuanian|
LUX|Luxembourg||Luxembourgish;Luxembourger;Luxembourg|
LVA|Latvia||Latvian|
MAC|Macao|Macau;Macao SAR;Macau SAR;the Macao SAR;Macao Special Administrative Region;the Macao Special Administrative Region;Macao, China|Macanese;Macao;Macau|Macao
MAF|Saint Martin|St. Martin;Saint-Martin|Saint-Martinois|Marigot
MAR|Morocco||Moroccan|
MCO|Monaco||Monegasque;Monacan|
MDA|Moldova||Moldovan|Chișinău
MDG|Madagascar||Malagasy|
MDV|Maldives|the Maldives|Maldivian|Malé
MEX|Mexico||Mexican|
MHL|Marshall Islands|the Marshall Islands|Marshallese|
MKD|North Macedonia|Macedonia|North Macedonian;Macedonian|
MLI|Mali||Malian|
MLT|Malta||Maltese|
MMR|Myanmar|Burma;Republic of the Union of Myanmar;the Republic of the Union of Myanmar|Myanmar;Burmese|Naypyidaw
MNE|Montenegro||Montenegrin|
MNG|Mongolia||Mongolian|
MNP|Northern Mariana Islands|the Northern Mariana Islands;Northern Marianas;CNMI|Northern Marianan|
MOZ|Mozambique||Mozambican|
MRT|Mauritania||Mauritanian|
MSR|Montserrat||Montserratian|Brades
MTQ|Martinique||Martinican|
MUS|Mauritius||Mauritian|
MWI|Malawi||Malawian|
MYS|Malaysia||Malaysian|
MYT|Mayotte||Mahoran|
NAM|Namibia||Namibian|
NCL|New Caledonia||New Caledonian|Nouméa
NER|Niger|the Niger|Nigerien|
NFK|Norfolk Island||Norfolk Islander|
NGA|Nigeria||Nigerian|
NIC|Nicaragua||Nicaraguan|
NIU|Niue||Niuean|
NLD|Netherlands|the Netherlands;Holland|Dutch;Netherlands|Amsterdam
NOR|Norway||Norwegian|
NPL|Nepal||Nepali;Nepalese|
NRU|Nauru||Nauruan|Yaren
NZL|New Zealand|Aotearoa|New Zealand;New Zealander|
OMN|Oman||Omani|
PAK|Pakistan||Pakistani|
PAN|Panama||Panamanian|
PCN|Pitcairn Islands|Pitcairn;the Pitcairn Islands|Pitcairn Islander|Adamstown
PER|Peru||Peruvian|
PHL|Philippines|the Philippines|Philippine;Filipino|
PLW|Palau||Palauan|Ngerulmud
PNG|Papua New Guinea|PNG|Papua New Guinean;PNG|
POL|Poland||Polish|
PRI|Puerto Rico||Puerto Rican|
PRK|North Korea|DPRK;the DPRK;D.P.R.K.;N. Korea|North Korean;DPRK|
PRT|Portugal||Portuguese|
PRY|Paraguay||Paraguayan|Asunción
PSE|Palestine|State of Palestine;the Palestinian territories;Palestinian Territories;the occupied Palestinian territories|Palestinian|East Jerusalem
PYF|French Polynesia|Tahiti|French Polynesian;Tahitian|
QAT|Qatar||Qatari|
REU|Réunion|Reunion;La Réunion|Réunionese;Reunionese|Saint-Denis
ROU|Romania||Romanian|
RUS|Russia||Russian|
RWA|Rwanda||Rwandan|
SAU|Saudi Arabia|KSA|Saudi;Saudi Arabian|
SDN|Sudan|the Sudan|Sudanese|
SEN|Senegal||Senegalese|
SGP|Singapore||Singaporean;Singapore|
SGS|South Georgia and the South Sandwich Islands|South Georgia|South Georgian|Grytviken
SHN|Saint Helena, Ascension and Tristan da Cunha|Saint Helena;St Helena;St. Helena|Saint Helenian|Jamestown
SJM|Svalbard and Jan Mayen|Svalbard|Svalbard|Longyearbyen
SLB|Solomon Islands|the Solomon Islands;the Solomons;Solomons|Solomon Islander;Solomon Islands|
SLE|Sierra Leone||Sierra Leonean|
SLV|El Salvador||Salvadoran;Salvadorean|
SMR|San Marino||Sammarinese|
SOM|Somalia||Somali|
SPM|Saint Pierre and Miquelon|St. Pierre and Miquelon|Saint-Pierrais|
SRB|Serbia||Serbian;Serb|
SSD|South Sudan||South Sudanese|
STP|São Tomé and Príncipe|Sao Tome and Principe;São Tomé|Santomean;São Toméan|São Tomé
SUR|Suriname|Surinam|Surinamese|
SVK|Slovakia||Slovak;Slovakian|
SVN|Slovenia||Slovenian;Slovene|
SWE|Sweden||Swedish|
SWZ|Eswatini|Swaziland|Swazi;Eswatini|Mbabane
SXM|Sint Maarten||Sint Maartener|
SYC|Seychelles|the Seychelles|Seychellois|
SYR|Syria||Syrian|
TCA|Turks and Caicos Islands|Turks and Caicos;the Turks and Caicos Islands|Turks and Caicos Islander|Cockburn Town
TCD|Chad||Chadian|N'Djamena
TGO|Togo||Togolese|Lomé
THA|Thailand|Siam|Thai|
TJK|Tajikistan|Tadjikistan|Tajik;Tajikistani;Tadjik|
TKL|Tokelau||Tokelauan|-
TKM|Turkmenistan||Turkmen;Turkmenistani|
TLS|Timor-Leste|East Timor;Timor Leste|Timorese;East Timorese|
TON|Tonga||Tongan|Nuku'alofa
TTO|Trinidad and Tobago|Trinidad|Trinidadian;Tobagonian|Port of Spain
TUN|Tunisia||Tunisian|
TUR|Türkiye|Turkiye;Turkey;Republic of Turkey;the Republic of Turkey;Republic of Turkiye|Turkish;Turkiye;Türkiye|
TUV|Tuvalu||Tuvaluan|
TWN|Taiwan|Chinese Taipei;Taiwan region;the Taiwan region;China's Taiwan;Taiwan, China|Taiwanese|Taipei
TZA|Tanzania||Tanzanian|Dodoma
UGA|Uganda||Ugandan|
UKR|Ukraine|the Ukraine|Ukrainian|Kyiv
UMI|United States Minor Outlying Islands|U.S. Minor Outlying Islands;US Minor Outlying Islands|Minor Outlying Islands|-
URY|Uruguay||Uruguayan|
USA|United States|the United States;United States of America;the United States of America;U.S.;US;USA;U.S.A.;the U.S.;the US;America|American;U.S.;US|Washington
UZB|Uzbekistan||Uzbek;Uzbekistani|
VAT|Holy See|the Holy See;Vatican;the Vatican;Vatican City;Vatican City State|Vatican;Holy See|Vatican City
VCT|Saint Vincent and the Grenadines|St. Vincent and the Grenadines;St Vincent and the Grenadines;Saint Vincent|Vincentian|Kingstown
VEN|Venezuela||Venezuelan|
VGB|British Virgin Islands|the British Virgin Islands;BVI|British Virgin Islander|Road Town
VIR|U.S. Virgin Islands|the U.S. Virgin Islands;US Virgin Islands;United States Virgin Islands;USVI|U.S. Virgin Islander|Charlotte Amalie
VNM|Vietnam|Viet Nam;Socialist Republic of Vietnam;the Socialist Republic of Vietnam|Vietnamese|Hanoi
VUT|Vanuatu||Ni-Vanuatu;Vanuatuan|
WLF|Wallis and Futuna||Wallisian;Futunan|Mata-Utu
WSM|Samoa||Samoan|
YEM|Yemen||Yemeni|Sana'a
ZAF|South Africa|RSA|South African|Pretoria
ZMB|Zambia||Zambian|
ZWE|Zimbabwe||Zimbabwean|
"""
