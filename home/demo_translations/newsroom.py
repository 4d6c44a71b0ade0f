"""The newsroom's demo strings in every language: notes to editors (organisation profile) and the
press photo of the 2009 press release (translated only where that release is). STRINGS[language code]."""

NOTES_1 = (
    "The International Organization for Migration (IOM) is the leading inter-governmental organization in "
    "the field of migration and part of the United Nations system. Established in 1951, it has 175 member "
    "states and offices in 171 countries."
)
NOTES_2 = (
    "IOM has worked in Malaysia since the late 1970s, with the government, employers, civil society and "
    "migrant and refugee communities."
)
PHOTO_CAPTION = "Illustration for the demo site, standing in for a photograph of the 2009 meeting in Geneva."
PHOTO_CREDIT = "Generated image for the demo site"
# The press photo's alt text: the generated image's description.
PHOTO_ALT = (
    "Abstract illustration standing in for a photograph for the story 'Malaysian Home Affairs Minister and "
    "IOM Director General discuss future collaboration'."
)

# The organisation profile's other segments (Malay has them in ms.py).
PROFILE = {
    "zh-hans": {
        "International Organization for Migration": "国际移民组织",
        "Malaysia": "马来西亚",
        "Kuala Lumpur<br/>Malaysia": "吉隆坡<br/>马来西亚",
        "IOM is part of the United Nations system and has promoted humane and orderly migration since 1951.": "国际移民组织是联合国系统的一部分，自 1951 年以来一直倡导人道、有序的移民。",
    },
    "ta": {
        "International Organization for Migration": "புலம்பெயர்வுக்கான சர்வதேச அமைப்பு",
        "Malaysia": "மலேசியா",
        "Kuala Lumpur<br/>Malaysia": "கோலாலம்பூர்<br/>மலேசியா",
        "IOM is part of the United Nations system and has promoted humane and orderly migration since 1951.": "IOM ஐக்கிய நாடுகள் அமைப்பின் ஒரு பகுதியாகும்; 1951 முதல் மனிதாபிமானமான, ஒழுங்கான புலம்பெயர்வை ஊக்குவித்து வருகிறது.",
    },
    "my": {
        "International Organization for Migration": "အပြည်ပြည်ဆိုင်ရာ ရွှေ့ပြောင်းနေထိုင်မှုအဖွဲ့",
        "Malaysia": "မလေးရှား",
        "Kuala Lumpur<br/>Malaysia": "ကွာလာလမ်ပူ<br/>မလေးရှား",
        "IOM is part of the United Nations system and has promoted humane and orderly migration since 1951.": "IOM သည် ကုလသမဂ္ဂစနစ်၏ အစိတ်အပိုင်းဖြစ်ပြီး ၁၉၅၁ ခုနှစ်ကတည်းက လူသားဆန်ပြီး စနစ်တကျ ရွှေ့ပြောင်းနေထိုင်မှုကို မြှင့်တင်ခဲ့သည်။",
    },
    "ar": {
        "International Organization for Migration": "المنظمة الدولية للهجرة",
        "Malaysia": "ماليزيا",
        "Kuala Lumpur<br/>Malaysia": "كوالالمبور<br/>ماليزيا",
        "IOM is part of the United Nations system and has promoted humane and orderly migration since 1951.": "المنظمة الدولية للهجرة جزء من منظومة الأمم المتحدة، وتعمل منذ عام 1951 على تعزيز الهجرة الإنسانية والمنظمة.",
    },
}

STRINGS = {
    "ms": {
        NOTES_1: "Pertubuhan Antarabangsa bagi Migrasi (IOM) ialah pertubuhan antara kerajaan yang terkemuka dalam bidang migrasi dan sebahagian daripada sistem Pertubuhan Bangsa-Bangsa Bersatu. Ditubuhkan pada 1951, IOM mempunyai 175 negara anggota dan pejabat di 171 negara.",
        NOTES_2: "IOM telah bekerja di Malaysia sejak akhir 1970-an, bersama kerajaan, majikan, masyarakat sivil serta komuniti migran dan pelarian.",
        PHOTO_CAPTION: "Ilustrasi untuk laman demo, sebagai ganti gambar pertemuan pada 2009 di Geneva.",
        PHOTO_CREDIT: "Imej janaan untuk laman demo",
        # The publications library (news/demo_publications.py).
        "Publications": "Penerbitan",
        "publications": "publications",
        "Reports, guides and newsletters from IOM in Malaysia, in the languages they exist in.": "Laporan, panduan dan buletin daripada IOM di Malaysia, dalam bahasa yang tersedia.",
        "IOM Malaysia update: April to June 2023": "Kemas kini IOM Malaysia: April hingga Jun 2023",
        "migration-update-q2-2023": "migration-update-q2-2023",
        "Illustration standing in for the newsletter's cover.": "Ilustrasi sebagai ganti kulit buletin.",
        "The office's newsletter for the second quarter of 2023: ethical recruitment training for SMEs, domestic workers' social protection, media engagement, the Mapping Guide launch and the quarter's movement figures.": "Buletin pejabat bagi suku kedua 2023: latihan pengambilan pekerja secara beretika untuk PKS, perlindungan sosial pekerja domestik, penglibatan media, pelancaran Panduan Pemetaan dan angka pergerakan suku tahun tersebut.",
        "Demo file: a one-page stand-in generated for this demonstration site, not the office's publication.": "Fail demo: pengganti satu halaman yang dijana untuk laman demonstrasi ini, bukan penerbitan pejabat.",
        "Labour Migration Process Mapping Guide": "Panduan Pemetaan Proses Migrasi Buruh",
        "labour-migration-process-mapping-guide": "labour-migration-process-mapping-guide",
        "Illustration standing in for the guide's cover.": "Ilustrasi sebagai ganti kulit panduan.",
        "A practical tool for businesses to identify, mitigate and address the human and labour rights risks to migrant workers in international supply chains.": "Alat praktikal untuk perniagaan mengenal pasti, mengurangkan dan menangani risiko terhadap hak asasi manusia dan hak buruh pekerja migran dalam rantaian bekalan antarabangsa.",
        PHOTO_ALT: "Ilustrasi abstrak sebagai ganti gambar bagi berita 'Menteri Dalam Negeri Malaysia dan Ketua Pengarah IOM membincangkan kerjasama masa depan'.",
    },
    "zh-hans": {
        NOTES_1: "国际移民组织（IOM）是移民领域首要的政府间组织，也是联合国系统的一部分。该组织成立于 1951 年，拥有 175 个成员国，在 171 个国家设有办事处。",
        NOTES_2: "自 20 世纪 70 年代末以来，国际移民组织一直在马来西亚与政府、雇主、民间社会以及移民和难民社区合作。",
    },
    "ta": {
        NOTES_1: "புலம்பெயர்வுக்கான சர்வதேச அமைப்பு (IOM) புலம்பெயர்வுத் துறையில் முன்னணி அரசுகளுக்கிடையிலான அமைப்பும் ஐக்கிய நாடுகள் அமைப்பின் ஒரு பகுதியும் ஆகும். 1951 இல் நிறுவப்பட்ட இது 175 உறுப்பு நாடுகளையும் 171 நாடுகளில் அலுவலகங்களையும் கொண்டுள்ளது.",
        NOTES_2: "IOM 1970களின் பிற்பகுதியிலிருந்து மலேசியாவில் அரசு, முதலாளிகள், சிவில் சமூகம், புலம்பெயர்ந்தோர் மற்றும் அகதிகள் சமூகங்களுடன் இணைந்து பணியாற்றி வருகிறது.",
    },
    "my": {
        NOTES_1: "အပြည်ပြည်ဆိုင်ရာ ရွှေ့ပြောင်းနေထိုင်မှုအဖွဲ့ (IOM) သည် ရွှေ့ပြောင်းနေထိုင်မှုနယ်ပယ်တွင် ထိပ်တန်း အစိုးရအချင်းချင်းအဖွဲ့အစည်းဖြစ်ပြီး ကုလသမဂ္ဂစနစ်၏ အစိတ်အပိုင်းတစ်ခု ဖြစ်သည်။ ၁၉၅၁ ခုနှစ်တွင် တည်ထောင်ခဲ့ပြီး အဖွဲ့ဝင်နိုင်ငံ ၁၇၅ နိုင်ငံနှင့် နိုင်ငံ ၁၇၁ နိုင်ငံတွင် ရုံးများ ရှိသည်။",
        NOTES_2: "IOM သည် ၁၉၇၀ ပြည့်လွန်နှစ်များ နှောင်းပိုင်းကတည်းက မလေးရှားနိုင်ငံတွင် အစိုးရ၊ အလုပ်ရှင်များ၊ အရပ်ဘက်လူ့အဖွဲ့အစည်းနှင့် ရွှေ့ပြောင်းလုပ်သားနှင့် ဒုက္ခသည် အသိုင်းအဝိုင်းများနှင့်အတူ လုပ်ဆောင်ခဲ့သည်။",
    },
    "ar": {
        NOTES_1: "المنظمة الدولية للهجرة (IOM) هي المنظمة الحكومية الدولية الرائدة في مجال الهجرة وجزء من منظومة الأمم المتحدة. تأسست عام 1951، وتضم 175 دولة عضوًا ولها مكاتب في 171 بلدًا.",
        NOTES_2: "تعمل المنظمة الدولية للهجرة في ماليزيا منذ أواخر السبعينيات، مع الحكومة وأصحاب العمل والمجتمع المدني ومجتمعات المهاجرين واللاجئين.",
    },
}

for language_code, table in PROFILE.items():
    STRINGS[language_code].update(table)
