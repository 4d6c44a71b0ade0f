"""Demo content strings in ta (see home/demo_translations/__init__.py)."""

from .names import HOTEL_NAMES

# The home page and the organisation profile (footer).
STRINGS = {
    "IOM Malaysia": "IOM மலேசியா",
    "Safe, orderly and dignified migration for all": "அனைவருக்கும் பாதுகாப்பான, ஒழுங்கான, கண்ணியமான புலம்பெயர்வு",
    "IOM works with Malaysia's government, employers and communities to protect migrants and refugees and to make migration work for everyone.": "புலம்பெயர்ந்தோரையும் அகதிகளையும் பாதுகாக்கவும், புலம்பெயர்வு அனைவருக்கும் பயனளிக்கவும் IOM மலேசிய அரசு, முதலாளிகள் மற்றும் சமூகங்களுடன் இணைந்து செயல்படுகிறது.",
    "The International Organization for Migration in Malaysia.": "மலேசியாவில் அனைத்துலகப் புலம்பெயர்வு அமைப்பு.",
    "home": "home",
    "Figures at a glance": "ஒரே பார்வையில் புள்ளிவிவரங்கள்",
    "Illustration standing in for a photograph of a community gathering.": "சமூக ஒன்றுகூடலின் புகைப்படத்திற்குப் பதிலாக வைக்கப்பட்ட விளக்கப்படம்.",
}

# The history page (who-we-are/history): introduction, timeline, regional processes, figures.
STRINGS.update(
    {
        "history": "history",
        "Our history in Malaysia": "மலேசியாவில் எங்கள் வரலாறு",
        "How IOM's work in Malaysia grew from the Indochinese refugee crisis of the late 1970s into refugee resettlement, voluntary return and regional cooperation.": "1970களின் பிற்பகுதியில் இந்தோசீன அகதிகள் நெருக்கடியின்போது தொடங்கிய மலேசியாவில் IOM-இன் பணி, அகதிகள் மீள்குடியேற்றம், தன்னார்வத் தாயகம் திரும்புதல், வட்டார ஒத்துழைப்பு என எவ்வாறு வளர்ந்தது என்பதன் வரலாறு.",
        "The International Organization for Migration (IOM) has promoted humane and orderly migration for the benefit of all since 1951. It is the leading inter-governmental organization in the field of migration and part of the United Nations system, with 175 member states and a presence in 171 countries.": "அனைத்துலகப் புலம்பெயர்வு அமைப்பு (IOM) 1951 முதல் அனைவரின் நலனுக்காகவும் மனிதநேயமான, ஒழுங்கான புலம்பெயர்வை ஊக்குவித்து வருகிறது. புலம்பெயர்வுத் துறையில் முன்னணி அரசுகளுக்கிடையிலான அமைப்பான இது, ஐக்கிய நாடுகள் அமைப்புமுறையின் ஓர் அங்கமாகும்; இதில் 175 உறுப்பு நாடுகள் உள்ளன, 171 நாடுகளில் இது செயல்படுகிறது.",
        "IOM's work in Malaysia began in the late 1970s, during the Indochinese refugee crisis. This page follows that work to the present day: its milestones, the regional processes Malaysia takes part in, and what the work adds up to in figures.": "மலேசியாவில் IOM-இன் பணி 1970களின் பிற்பகுதியில், இந்தோசீன அகதிகள் நெருக்கடியின்போது தொடங்கியது. அந்தப் பணியை இன்றுவரை இப்பக்கம் பின்தொடர்கிறது: அதன் முக்கிய மைல்கற்கள், மலேசியா பங்கேற்கும் வட்டாரச் செயல்முறைகள், அப்பணியின் மொத்த விளைவு எண்ணிக்கையில்.",
        "Late 1970s–1994": "1970களின் பிற்பகுதி–1994",
        "The Indochinese refugee crisis": "இந்தோசீன அகதிகள் நெருக்கடி",
        "IOM first worked in Malaysia during the Indochinese refugee crisis. As part of the National Security Council's Working Group on Resettlement, it carried out medical screening and arranged transport for refugees leaving the country to start new lives. The operation continued until 1994, when every refugee had been resettled or repatriated.": "இந்தோசீன அகதிகள் நெருக்கடியின்போதுதான் IOM முதன்முதலில் மலேசியாவில் பணியாற்றியது. தேசியப் பாதுகாப்பு மன்றத்தின் மீள்குடியேற்றச் செயற்குழுவின் ஓர் அங்கமாக, புதிய வாழ்க்கையைத் தொடங்க நாட்டை விட்டுச் சென்ற அகதிகளுக்கு அது மருத்துவப் பரிசோதனைகளை மேற்கொண்டு, பயண ஏற்பாடுகளையும் செய்தது. அனைத்து அகதிகளும் மீள்குடியேற்றப்பட்ட அல்லது தாயகத்திற்குத் திருப்பி அனுப்பப்பட்ட 1994 வரை இந்த நடவடிக்கை தொடர்ந்தது.",
        "Abstract illustration standing in for a photograph of refugees waiting to board a flight.": "விமானத்தில் ஏறக் காத்திருக்கும் அகதிகளின் புகைப்படத்திற்குப் பதிலாக இடம்பெற்றுள்ள அருவ ஓவியம்.",
        "Support to government agencies": "அரசு நிறுவனங்களுக்கு ஆதரவு",
        "From 1984 to 1995 IOM supported several Malaysian government agencies under the German Integrated Expert Programme, in cooperation with the Economic Planning Unit of the Prime Minister's Department.": "1984 முதல் 1995 வரை, ஜெர்மன் ஒருங்கிணைந்த நிபுணர் திட்டத்தின் (German Integrated Expert Programme) கீழ், பிரதமர் துறையின் பொருளாதாரத் திட்டமிடல் பிரிவுடன் இணைந்து, IOM பல மலேசிய அரசு நிறுவனங்களுக்கு ஆதரவளித்தது.",
        "After 1994": "1994-க்குப் பிறகு",
        "Assisted voluntary return": "உதவியுடனான தன்னார்வத் தாயகம் திரும்புதல்",
        "When the resettlement operation ended, IOM kept working with the government through an Assisted Voluntary Return Programme, which helped asylum seekers whose claims had been rejected to return home.": "மீள்குடியேற்ற நடவடிக்கை முடிவடைந்தபோது, உதவியுடனான தன்னார்வத் தாயகம் திரும்புதல் திட்டத்தின் மூலம் IOM அரசுடன் தொடர்ந்து பணியாற்றியது; புகலிடக் கோரிக்கை நிராகரிக்கப்பட்டவர்கள் தாயகம் திரும்ப இத்திட்டம் உதவியது.",
        "Malaysia joins the Bali Process": "மலேசியா பாலி செயல்முறையில் இணைகிறது",
        "Malaysia has been a member of the Bali Process on people smuggling, trafficking in persons and related transnational crime since it was launched in 2002. IOM serves as the process's secretariat.": "ஆட்கடத்தல், மனித வணிகம் மற்றும் தொடர்புடைய நாடுகடந்த குற்றங்கள் தொடர்பான பாலி செயல்முறை 2002-இல் தொடங்கப்பட்டது முதல் மலேசியா அதில் உறுப்பினராக உள்ளது. IOM இச்செயல்முறையின் செயலகமாகச் செயல்படுகிறது.",
        "Resettlement of refugees from Myanmar": "மியான்மார் அகதிகளின் மீள்குடியேற்றம்",
        "Between 2005 and 2009 IOM provided medical screening, cultural orientation and transport for some 20,600 refugees, most of them from Myanmar, who left Malaysia for new homes in 11 resettlement countries.": "2005 முதல் 2009 வரை, 11 மீள்குடியேற்ற நாடுகளில் புதிய வாழ்விடம் தேடி மலேசியாவிலிருந்து புறப்பட்ட சுமார் 20,600 அகதிகளுக்கு IOM மருத்துவப் பரிசோதனை, கலாச்சார அறிமுகப் பயிற்சி, பயண ஏற்பாடுகளை வழங்கியது; அவர்களில் பெரும்பாலோர் மியான்மாரைச் சேர்ந்தவர்கள்.",
        "Abstract illustration standing in for a photograph of a cultural orientation class for refugees.": "அகதிகளுக்கான கலாச்சார அறிமுக வகுப்பின் புகைப்படத்திற்குப் பதிலாக இடம்பெற்றுள்ள அருவ ஓவியம்.",
        "Our work today": "இன்று எங்கள் பணி",
        "The Abu Dhabi Declaration": "அபுதாபி பிரகடனம்",
        "Taking part in the Colombo Process as a labour receiving country, Malaysia signed the Abu Dhabi Declaration on overseas employment and contractual labour for countries of origin and destination in Asia, together with 19 other countries.": "தொழிலாளர்களைப் பெறும் நாடாகக் கொழும்பு செயல்முறையில் பங்கேற்கும் மலேசியா, ஆசியாவின் மூல நாடுகளுக்கும் சென்றடையும் நாடுகளுக்குமான வெளிநாட்டு வேலைவாய்ப்பு, ஒப்பந்தத் தொழிலாளர் தொடர்பான அபுதாபி பிரகடனத்தில் மற்ற 19 நாடுகளுடன் இணைந்து கையெழுத்திட்டது.",
        "7 May 2009": "7 மே 2009",
        "Talks on an IOM office in Kuala Lumpur": "கோலாலம்பூரில் IOM அலுவலகம் குறித்த பேச்சுவார்த்தை",
        "Malaysia's Minister of Home Affairs met IOM's Director General at IOM headquarters to discuss future cooperation on migration management, including IOM's support for refugee resettlement and for victims of trafficking. Both confirmed they were willing to strengthen that cooperation by officially opening an IOM office in Kuala Lumpur, subject to the government's approval.": "அகதிகள் மீள்குடியேற்றத்திற்கும் மனித வணிகத்தால் பாதிக்கப்பட்டவர்களுக்கும் IOM வழங்கும் ஆதரவு உட்பட, புலம்பெயர்வு நிர்வாகத்தில் எதிர்கால ஒத்துழைப்பு குறித்துக் கலந்துரையாட, மலேசிய உள்துறை அமைச்சர் IOM தலைமையகத்தில் IOM தலைமை இயக்குநரைச் சந்தித்தார். அரசின் ஒப்புதலுக்கு உட்பட்டு, கோலாலம்பூரில் IOM அலுவலகத்தை அதிகாரப்பூர்வமாகத் திறப்பதன் மூலம் அந்த ஒத்துழைப்பை வலுப்படுத்தத் தயாராக இருப்பதை இருவரும் உறுதிப்படுத்தினர்.",
        "IOM serves as the secretariat of two regional processes in which Malaysia takes an active part.": "மலேசியா தீவிரமாகப் பங்கேற்கும் இரண்டு வட்டாரச் செயல்முறைகளுக்கு IOM செயலகமாகச் செயல்படுகிறது.",
        "Bali Process": "பாலி செயல்முறை",
        "A regional cooperation mechanism to combat people smuggling, trafficking in persons and related transnational crime.": "ஆட்கடத்தல், மனித வணிகம் மற்றும் தொடர்புடைய நாடுகடந்த குற்றங்களை எதிர்ப்பதற்கான வட்டார ஒத்துழைப்பு அமைப்புமுறை.",
        "A member since the process was launched in 2002.": "2002-இல் இச்செயல்முறை தொடங்கப்பட்டது முதல் உறுப்பினர்.",
        "Colombo Process": "கொழும்பு செயல்முறை",
        "A regional process on the management of overseas employment and contractual labour for countries of origin in Asia.": "ஆசியாவின் மூல நாடுகளுக்கான வெளிநாட்டு வேலைவாய்ப்பு, ஒப்பந்தத் தொழிலாளர் நிர்வாகம் தொடர்பான வட்டாரச் செயல்முறை.",
        "Malaysia takes part as a labour receiving country. In 2008 it signed the Abu Dhabi Declaration with 19 other countries.": "மலேசியா தொழிலாளர்களைப் பெறும் நாடாகப் பங்கேற்கிறது. 2008-இல் அது மற்ற 19 நாடுகளுடன் இணைந்து அபுதாபி பிரகடனத்தில் கையெழுத்திட்டது.",
        "Since 2005": "2005 முதல்",
    }
)

# The news story on ethical recruitment training, with its workshop schedule (hotel names stay as they are).
STRINGS.update(
    {
        "ethical-recruitment-training-for-smes": "ethical-recruitment-training-for-smes",
        "Illustration standing in for a photograph of employers at a training session.": "பயிற்சி அமர்வில் பங்கேற்கும் முதலாளிகளின் புகைப்படத்திற்குப் பதிலாக வைக்கப்பட்ட விளக்கப்படம்.",
        "Ethical recruitment training for small and medium enterprises": "சிறு, நடுத்தர நிறுவனங்களுக்கு நெறிமுறையான ஆள்சேர்ப்புப் பயிற்சி",
        "With the Malaysian Employers Federation, IOM is training SMEs across Malaysia on fair and ethical recruitment and employment of migrant workers.": "மலேசிய முதலாளிகள் சம்மேளனத்துடன் இணைந்து, புலம்பெயர் தொழிலாளர்களின் நியாயமான, நெறிமுறையான ஆள்சேர்ப்பு மற்றும் வேலைவாய்ப்பு குறித்து மலேசியா முழுவதும் உள்ள சிறு, நடுத்தர நிறுவனங்களுக்கு (SME) IOM பயிற்சி அளித்து வருகிறது.",
        "Illustration for the demo site.": "மாதிரித் தளத்திற்கான ஓவியம்.",
        "Generated image": "உருவாக்கப்பட்ட படம்",
        "In 2023 IOM began working with the Malaysian Employers Federation (MEF) to reach small and medium enterprises on fair and ethical recruitment and employment of migrant workers. The first trainings have taken place in Kuala Lumpur and Penang; Johor, Pahang, Sarawak and Sabah follow later in the year.": "புலம்பெயர் தொழிலாளர்களின் நியாயமான, நெறிமுறையான ஆள்சேர்ப்பு மற்றும் வேலைவாய்ப்பு குறித்துச் சிறு, நடுத்தர நிறுவனங்களைச் சென்றடைய, 2023-இல் IOM மலேசிய முதலாளிகள் சம்மேளனத்துடன் (MEF) இணைந்து பணியாற்றத் தொடங்கியது. முதல் பயிற்சிகள் கோலாலம்பூரிலும் பினாங்கிலும் நடைபெற்றுள்ளன; ஜொகூர், பகாங், சரவாக், சபா ஆகிய இடங்களில் இவ்வாண்டின் பிற்பகுதியில் நடைபெறும்.",
        "SMEs make up well over 90 per cent of businesses in Malaysia. Reaching them is essential to protect workers and to keep migration safe and dignified.": "மலேசியாவில் உள்ள வணிக நிறுவனங்களில் 90 விழுக்காட்டுக்கும் கணிசமாக அதிகமானவை சிறு, நடுத்தர நிறுவனங்களே. தொழிலாளர்களைப் பாதுகாக்கவும், புலம்பெயர்வைப் பாதுகாப்பானதாகவும் கண்ணியமானதாகவும் வைத்திருக்கவும் அவற்றைச் சென்றடைவது இன்றியமையாதது.",
        "Capacity Building on Ethical Recruitment and Employment of Migrant Workers for SMEs": "சிறு, நடுத்தர நிறுவனங்களுக்கான புலம்பெயர் தொழிலாளர்களின் நெறிமுறையான ஆள்சேர்ப்பு மற்றும் வேலைவாய்ப்பு குறித்த ஆற்றல் மேம்பாடு",
        "Workshops for small and medium enterprises, organised with the Malaysian Employers Federation (MEF): ten workshops at seven venues between May and September 2023.": "மலேசிய முதலாளிகள் சம்மேளனத்துடன் (MEF) இணைந்து ஏற்பாடு செய்யப்பட்ட, சிறு, நடுத்தர நிறுவனங்களுக்கான பயிலரங்குகள்: மே முதல் செப்டம்பர் 2023 வரை ஏழு இடங்களில் பத்துப் பயிலரங்குகள்.",
        **HOTEL_NAMES,
        "Kuala Lumpur": "கோலாலம்பூர்",
        "Melaka": "மலாக்கா",
        "Seberang Jaya": "செபராங் ஜெயா",
        "Penang": "பினாங்கு",
        "Johor Bahru": "ஜொகூர் பாரு",
        "Johor": "ஜொகூர்",
        "Kuantan": "குவாந்தான்",
        "Pahang": "பகாங்",
        "Kuching": "கூச்சிங்",
        "Sarawak": "சரவாக்",
        "Kota Kinabalu": "கோத்தா கினபாலு",
        "Sabah": "சபா",
    }
)

# The Dari Dapur campaign page (the campaign keeps its Malay name).
STRINGS.update(
    {
        "dari-dapur": "dari-dapur",
        "Illustration standing in for a photograph of a shared meal.": "பகிர்ந்து உண்ணும் உணவின் புகைப்படத்திற்குப் பதிலாக வைக்கப்பட்ட விளக்கப்படம்.",
        "Dari Dapur": "Dari Dapur",
        "Dari Dapur tells the stories of migrants and refugees in Malaysia through their food, for a culture of welcome.": "வரவேற்கும் கலாச்சாரத்தை வளர்க்க, மலேசியாவில் உள்ள புலம்பெயர்ந்தோர், அகதிகளின் கதைகளை அவர்களின் உணவின் வழியாக Dari Dapur சொல்கிறது.",
        "Dari Dapur means 'from the kitchen'. The campaign promotes human-rights-based narratives about migrants and refugees in Malaysia, and a culture of welcoming them, through the food and recipes of their communities.": "Dari Dapur என்றால் 'சமையலறையிலிருந்து' என்று பொருள். மலேசியாவில் உள்ள புலம்பெயர்ந்தோர், அகதிகள் பற்றிய மனித உரிமை அடிப்படையிலான கதையாடல்களையும், அவர்களை வரவேற்கும் கலாச்சாரத்தையும், அவர்களின் சமூகங்களின் உணவு, சமையல் குறிப்புகள் வழியாக இப்பிரச்சாரம் ஊக்குவிக்கிறது.",
        "Every dish carries a story of a family, a home left behind and a new one being made. Cooking and sharing it is a simple way to meet as neighbours.": "ஒவ்வொரு உணவும் ஒரு குடும்பத்தின், விட்டு வந்த ஒரு வீட்டின், புதிதாக உருவாகும் மற்றொரு வீட்டின் கதையைச் சுமந்து வருகிறது. அதைச் சமைத்துப் பகிர்வது அண்டை வீட்டாராகச் சந்திப்பதற்கான எளிய வழி.",
        "The recipes on this demonstration site are samples; their cooks are fictional.": "இந்த மாதிரித் தளத்தில் உள்ள சமையல் குறிப்புகள் எடுத்துக்காட்டுகள் மட்டுமே; அவற்றின் சமையல்காரர்கள் கற்பனையானவர்கள்.",
        "From the kitchen: recipes and stories of welcome": "சமையலறையிலிருந்து: வரவேற்பின் சமையல் குறிப்புகளும் கதைகளும்",
        "Migrant and refugee communities in Malaysia share the dishes they grew up with, and the stories that come with them.": "மலேசியாவில் உள்ள புலம்பெயர்ந்தோர், அகதிச் சமூகங்கள் தாங்கள் உண்டு வளர்ந்த உணவுகளையும் அவற்றுடன் இணைந்த கதைகளையும் பகிர்ந்துகொள்கின்றன.",
        "The campaign also works with journalists: IOM Malaysia and the Office of the United Nations High Commissioner for Human Rights (OHCHR) organised a workshop, 'Story-Telling for Inclusion and Human Rights in Malaysia: Strengthening the Role of the Media', built on Dari Dapur, to encourage inclusive and empathetic reporting.": "இப்பிரச்சாரம் பத்திரிகையாளர்களுடனும் இணைந்து செயல்படுகிறது: அனைவரையும் உள்ளடக்கிய, பரிவுமிக்க செய்தியிடலை ஊக்குவிக்க, IOM மலேசியாவும் மனித உரிமைகளுக்கான ஐக்கிய நாடுகள் உயர் ஆணையர் அலுவலகமும் (OHCHR) Dari Dapur-ஐ அடிப்படையாகக் கொண்டு 'மலேசியாவில் உள்ளடக்கத்திற்கும் மனித உரிமைகளுக்குமான கதைசொல்லல்: ஊடகத்தின் பங்கை வலுப்படுத்துதல்' என்ற பயிலரங்கை ஏற்பாடு செய்தன.",
        "Start with these": "இவற்றிலிருந்து தொடங்குங்கள்",
        "Office of the United Nations High Commissioner for Human Rights (OHCHR)": "மனித உரிமைகளுக்கான ஐக்கிய நாடுகள் உயர் ஆணையர் அலுவலகம் (OHCHR)",
        "Co-organised the media workshop on story-telling for inclusion": "உள்ளடக்கத்திற்கான கதைசொல்லல் குறித்த ஊடகப் பயிலரங்கை இணைந்து ஏற்பாடு செய்தது",
        "Migrant and refugee community cooks": "புலம்பெயர்ந்தோர், அகதிச் சமூகங்களின் சமையல்காரர்கள்",
        "Share their recipes and stories": "தங்கள் சமையல் குறிப்புகளையும் கதைகளையும் பகிர்ந்துகொள்கின்றனர்",
        "Share a recipe": "ஒரு சமையல் குறிப்பைப் பகிருங்கள்",
        "Cook with a community near you, or tell us about a dish that made you welcome.": "உங்களுக்கு அருகிலுள்ள ஒரு சமூகத்துடன் சேர்ந்து சமையுங்கள், அல்லது உங்களை வரவேற்கப்பட்டவராக உணரச் செய்த ஓர் உணவைப் பற்றி எங்களிடம் சொல்லுங்கள்.",
        "Join the conversation": "உரையாடலில் இணையுங்கள்",
        "Share your favourite Dari Dapur recipe and the story behind it.": "உங்களுக்குப் பிடித்த Dari Dapur சமையல் குறிப்பையும் அதன் பின்னணிக் கதையையும் பகிருங்கள்.",
        "IOM Malaysia on Facebook": "Facebook-இல் IOM மலேசியா",
    }
)

# Statistics (headline figures); the source keeps the newsletter's own title.
STRINGS.update(
    {
        "refugees resettled from Malaysia to third countries": "மலேசியாவிலிருந்து மூன்றாம் நாடுகளில் மீள்குடியேற்றப்பட்ட அகதிகள்",
        "people assisted with voluntary return and repatriation": "தன்னார்வத் தாயகம் திரும்புதல், தாயகத்திற்குத் திருப்பி அனுப்புதல் ஆகியவற்றுக்கு உதவி பெற்றவர்கள்",
        "Malaysian citizens assisted to return home": "தாயகம் திரும்ப உதவி பெற்ற மலேசியக் குடிமக்கள்",
        "refugee health assessments at the Migration Health Assessment Centre": "புலம்பெயர்வு சுகாதார மதிப்பீட்டு மையத்தில் அகதிகளுக்கான சுகாதார மதிப்பீடுகள்",
        "refugees departed Malaysia for resettlement": "மீள்குடியேற்றத்திற்காக மலேசியாவிலிருந்து புறப்பட்ட அகதிகள்",
        "since 2005": "2005 முதல்",
        "Q2 2023": "2023 இரண்டாம் காலாண்டு",
        "IOM Malaysia, Migration Update Q2 2023": "IOM மலேசியா, Migration Update (2023 இரண்டாம் காலாண்டு)",
    }
)

# Datasets (charts): titles, descriptions, column headings and row labels.
STRINGS.update(
    {
        "Countries of resettlement of 2,446 refugees, Q2 2023": "2,446 அகதிகளின் மீள்குடியேற்ற நாடுகள், 2023 இரண்டாம் காலாண்டு",
        "Share of the refugees who left Malaysia for resettlement, by receiving country.": "மீள்குடியேற்றத்திற்காக மலேசியாவிலிருந்து புறப்பட்ட அகதிகளின் விகிதம், ஏற்றுக்கொண்ட நாடு வாரியாக.",
        "Country": "நாடு",
        "Per cent": "விழுக்காடு",
        "USA": "அமெரிக்கா",
        "Australia": "ஆஸ்திரேலியா",
        "Canada": "கனடா",
        "UK": "ஐக்கிய இராச்சியம்",
        "New Zealand": "நியூசிலாந்து",
        "Netherlands": "நெதர்லாந்து",
        "Norway": "நார்வே",
        "Published percentages; they add up to 100.": "வெளியிடப்பட்ட விழுக்காடுகள்; அவற்றின் கூட்டுத்தொகை 100.",
        "Countries of origin of 2,446 refugees departing Malaysia for resettlement, Q2 2023": "மீள்குடியேற்றத்திற்காக மலேசியாவிலிருந்து புறப்பட்ட 2,446 அகதிகளின் பூர்வீக நாடுகள், 2023 இரண்டாம் காலாண்டு",
        "Refugees who left Malaysia for resettlement, by country of origin.": "மீள்குடியேற்றத்திற்காக மலேசியாவிலிருந்து புறப்பட்ட அகதிகள், பூர்வீக நாடு வாரியாக.",
        "Country of origin": "பூர்வீக நாடு",
        "Refugees": "அகதிகள்",
        "Myanmar": "மியான்மார்",
        "Afghanistan": "ஆப்கானிஸ்தான்",
        "Somalia": "சோமாலியா",
        "Pakistan": "பாகிஸ்தான்",
        "Yemen": "ஏமன்",
        "Sri Lanka": "இலங்கை",
        "Other countries": "பிற நாடுகள்",
        "Sample numbers for demonstration: the newsletter shows this chart without its figures. The rows add up to the published total of 2,446.": "செயல்விளக்கத்திற்கான மாதிரி எண்கள்: செய்தி மடல் இந்த வரைபடத்தை அதன் எண்ணிக்கைகள் இல்லாமல் காட்டுகிறது. வரிசைகளின் கூட்டுத்தொகை வெளியிடப்பட்ட மொத்த எண்ணிக்கையான 2,446-க்குச் சமம்.",
        "Gender and age of 2,446 refugees departing Malaysia for resettlement, Q2 2023": "மீள்குடியேற்றத்திற்காக மலேசியாவிலிருந்து புறப்பட்ட 2,446 அகதிகளின் பாலினமும் வயதும், 2023 இரண்டாம் காலாண்டு",
        "Refugees who left Malaysia for resettlement, by age group and gender.": "மீள்குடியேற்றத்திற்காக மலேசியாவிலிருந்து புறப்பட்ட அகதிகள், வயதுப் பிரிவு மற்றும் பாலினம் வாரியாக.",
        "Age group": "வயதுப் பிரிவு",
        "Female": "பெண்",
        "Male": "ஆண்",
        "0–4": "0–4",
        "5–17": "5–17",
        "18–59": "18–59",
        "60 and over": "60 மற்றும் அதற்கு மேல்",
        "Gender and age of 2,233 people supported with health assessments at MHAC, Q2 2023": "MHAC-இல் சுகாதார மதிப்பீடுகள் மூலம் உதவி பெற்ற 2,233 பேரின் பாலினமும் வயதும், 2023 இரண்டாம் காலாண்டு",
        "People assessed at the Migration Health Assessment Centre (MHAC), by age group and gender.": "புலம்பெயர்வு சுகாதார மதிப்பீட்டு மையத்தில் (MHAC) மதிப்பீடு செய்யப்பட்டவர்கள், வயதுப் பிரிவு மற்றும் பாலினம் வாரியாக.",
        "Sample numbers for demonstration: the newsletter shows this chart without its figures. The rows add up to the published total of 2,233.": "செயல்விளக்கத்திற்கான மாதிரி எண்கள்: செய்தி மடல் இந்த வரைபடத்தை அதன் எண்ணிக்கைகள் இல்லாமல் காட்டுகிறது. வரிசைகளின் கூட்டுத்தொகை வெளியிடப்பட்ட மொத்த எண்ணிக்கையான 2,233-க்குச் சமம்.",
    }
)

# The main menu's pages: their titles, so every menu is in its own language.
STRINGS.update(
    {
        "Who we are": "எங்களைப் பற்றி",
        "What we do": "எங்கள் பணி",
        "Partnerships": "கூட்டாண்மைகள்",
        "Work with us": "எங்களுடன் பணியாற்றுங்கள்",
        "Get involved": "பங்கேற்க",
        "Data": "தரவு",
        "News": "செய்திகள்",
        "Publications": "வெளியீடுகள்",
    }
)
