"""Demo content strings in my (see home/demo_translations/__init__.py)."""

from .names import HOTEL_NAMES

# The home page and the organisation profile (footer).
STRINGS = {
    "IOM Malaysia": "IOM မလေးရှား",
    "Safe, orderly and dignified migration for all": "လူတိုင်းအတွက် ဘေးကင်း၊ စနစ်တကျ၊ ဂုဏ်သိက္ခာရှိသော ရွှေ့ပြောင်းနေထိုင်မှု",
    "IOM works with Malaysia's government, employers and communities to protect migrants and refugees and to make migration work for everyone.": "IOM သည် ရွှေ့ပြောင်းလုပ်သားများနှင့် ဒုက္ခသည်များကို ကာကွယ်ရန်နှင့် ရွှေ့ပြောင်းနေထိုင်မှုသည် လူတိုင်းအတွက် အကျိုးရှိစေရန် မလေးရှားအစိုးရ၊ အလုပ်ရှင်များနှင့် အသိုင်းအဝိုင်းများနှင့် ပူးပေါင်းဆောင်ရွက်သည်။",
    "The International Organization for Migration in Malaysia.": "မလေးရှားနိုင်ငံရှိ နိုင်ငံတကာ ရွှေ့ပြောင်းနေထိုင်မှုဆိုင်ရာ အဖွဲ့။",
    "home": "home",
    "Figures at a glance": "ကိန်းဂဏန်းများ အနှစ်ချုပ်",
    "Illustration standing in for a photograph of a community gathering.": "အသိုင်းအဝိုင်း စုဝေးပွဲ ဓာတ်ပုံအစား အသုံးပြုထားသော သရုပ်ဖော်ပုံ။",
}

# The history page (who-we-are/history): introduction, timeline, regional processes, figures.
STRINGS.update(
    {
        "history": "history",
        "Our history in Malaysia": "မလေးရှားနိုင်ငံရှိ ကျွန်ုပ်တို့၏ သမိုင်း",
        "How IOM's work in Malaysia grew from the Indochinese refugee crisis of the late 1970s into refugee resettlement, voluntary return and regional cooperation.": "1970 ပြည့်လွန်နှစ်များ နှောင်းပိုင်း အင်ဒိုချိုင်းနား ဒုက္ခသည် အကျပ်အတည်းကာလမှ စတင်ခဲ့သော IOM ၏ မလေးရှားနိုင်ငံရှိ လုပ်ငန်းများသည် ဒုက္ခသည်များကို နေရာချထားပေးခြင်း၊ ဆန္ဒအလျောက် နေရပ်ပြန်ခြင်းနှင့် ဒေသတွင်း ပူးပေါင်းဆောင်ရွက်မှုအထိ မည်သို့ ကြီးထွားလာခဲ့သည်ကို ဖော်ပြထားသည်။",
        "The International Organization for Migration (IOM) has promoted humane and orderly migration for the benefit of all since 1951. It is the leading inter-governmental organization in the field of migration and part of the United Nations system, with 175 member states and a presence in 171 countries.": "နိုင်ငံတကာ ရွှေ့ပြောင်းနေထိုင်မှုဆိုင်ရာ အဖွဲ့ (IOM) သည် 1951 ခုနှစ်ကတည်းက လူတိုင်း၏ အကျိုးအတွက် လူသားဆန်ပြီး စနစ်တကျရှိသော ရွှေ့ပြောင်းနေထိုင်မှုကို မြှင့်တင်ဆောင်ရွက်ခဲ့သည်။ ၎င်းသည် ရွှေ့ပြောင်းနေထိုင်မှုနယ်ပယ်တွင် ဦးဆောင်သော အစိုးရများအကြား အဖွဲ့အစည်းဖြစ်ပြီး ကုလသမဂ္ဂ စနစ်၏ အစိတ်အပိုင်းတစ်ခု ဖြစ်သည်။ အဖွဲ့ဝင်နိုင်ငံ 175 နိုင်ငံရှိပြီး နိုင်ငံပေါင်း 171 နိုင်ငံတွင် ရုံးများ ထားရှိသည်။",
        "IOM's work in Malaysia began in the late 1970s, during the Indochinese refugee crisis. This page follows that work to the present day: its milestones, the regional processes Malaysia takes part in, and what the work adds up to in figures.": "IOM ၏ မလေးရှားနိုင်ငံရှိ လုပ်ငန်းများသည် 1970 ပြည့်လွန်နှစ်များ နှောင်းပိုင်း အင်ဒိုချိုင်းနား ဒုက္ခသည် အကျပ်အတည်းကာလတွင် စတင်ခဲ့သည်။ ဤစာမျက်နှာသည် ထိုလုပ်ငန်းများကို ယနေ့အထိ ခြေရာခံဖော်ပြထားသည်- ၎င်း၏ မှတ်တိုင်များ၊ မလေးရှားနိုင်ငံ ပါဝင်ဆောင်ရွက်နေသော ဒေသတွင်း လုပ်ငန်းစဉ်များနှင့် ထိုလုပ်ငန်းများ၏ ရလဒ်ကို ကိန်းဂဏန်းများဖြင့် ဖော်ပြထားသည်။",
        "Late 1970s–1994": "1970 ပြည့်လွန်နှစ်များ နှောင်းပိုင်း–1994",
        "The Indochinese refugee crisis": "အင်ဒိုချိုင်းနား ဒုက္ခသည် အကျပ်အတည်း",
        "IOM first worked in Malaysia during the Indochinese refugee crisis. As part of the National Security Council's Working Group on Resettlement, it carried out medical screening and arranged transport for refugees leaving the country to start new lives. The operation continued until 1994, when every refugee had been resettled or repatriated.": "IOM သည် အင်ဒိုချိုင်းနား ဒုက္ခသည် အကျပ်အတည်းကာလတွင် မလေးရှားနိုင်ငံ၌ ပထမဆုံး လုပ်ငန်းစတင်ခဲ့သည်။ အမျိုးသားလုံခြုံရေးကောင်စီ၏ နေရာချထားရေးဆိုင်ရာ လုပ်ငန်းအဖွဲ့၏ အစိတ်အပိုင်းအဖြစ် ဘဝသစ် စတင်ရန် နိုင်ငံမှ ထွက်ခွာသွားသော ဒုက္ခသည်များအတွက် ဆေးစစ်ဆေးမှုများ ပြုလုပ်ပေးပြီး ခရီးသွားလာရေးကို စီစဉ်ပေးခဲ့သည်။ ဤလုပ်ငန်းကို ဒုက္ခသည်အားလုံး နေရာချထားပေးပြီး သို့မဟုတ် မိမိနိုင်ငံသို့ ပြန်လည်ပို့ဆောင်ပြီးဖြစ်သည့် 1994 ခုနှစ်အထိ ဆက်လက်ဆောင်ရွက်ခဲ့သည်။",
        "Abstract illustration standing in for a photograph of refugees waiting to board a flight.": "လေယာဉ်ပေါ်တက်ရန် စောင့်ဆိုင်းနေသော ဒုက္ခသည်များ၏ ဓာတ်ပုံနေရာတွင် အစားထိုးထားသော စိတ္တဇ သရုပ်ဖော်ပုံ။",
        "Support to government agencies": "အစိုးရ အေဂျင်စီများအား ပံ့ပိုးကူညီမှု",
        "From 1984 to 1995 IOM supported several Malaysian government agencies under the German Integrated Expert Programme, in cooperation with the Economic Planning Unit of the Prime Minister's Department.": "1984 ခုနှစ်မှ 1995 ခုနှစ်အထိ IOM သည် ဂျာမန် ပေါင်းစပ်ကျွမ်းကျင်သူ အစီအစဉ် (German Integrated Expert Programme) အောက်တွင် ဝန်ကြီးချုပ်ရုံး၏ စီးပွားရေး စီမံကိန်းရေးဆွဲရေးဌာနခွဲနှင့် ပူးပေါင်း၍ မလေးရှားအစိုးရ အေဂျင်စီအများအပြားကို ပံ့ပိုးကူညီခဲ့သည်။",
        "After 1994": "1994 ခုနှစ်နောက်ပိုင်း",
        "Assisted voluntary return": "အကူအညီပေးသော ဆန္ဒအလျောက် နေရပ်ပြန်ခြင်း",
        "When the resettlement operation ended, IOM kept working with the government through an Assisted Voluntary Return Programme, which helped asylum seekers whose claims had been rejected to return home.": "နေရာချထားရေးလုပ်ငန်း ပြီးဆုံးသွားသောအခါ IOM သည် အကူအညီပေးသော ဆန္ဒအလျောက် နေရပ်ပြန်ရေး အစီအစဉ်မှတစ်ဆင့် အစိုးရနှင့် ဆက်လက်လုပ်ကိုင်ခဲ့ပြီး ခိုလှုံခွင့်လျှောက်ထားမှု ပယ်ချခံရသူများ နေရပ်သို့ ပြန်နိုင်ရန် ကူညီပေးခဲ့သည်။",
        "Malaysia joins the Bali Process": "မလေးရှားနိုင်ငံ ဘာလီ လုပ်ငန်းစဉ်သို့ ဝင်ရောက်ခြင်း",
        "Malaysia has been a member of the Bali Process on people smuggling, trafficking in persons and related transnational crime since it was launched in 2002. IOM serves as the process's secretariat.": "မလေးရှားနိုင်ငံသည် လူမှောင်ခိုသွင်းခြင်း၊ လူကုန်ကူးခြင်းနှင့် ဆက်စပ်သော နိုင်ငံဖြတ်ကျော် ရာဇဝတ်မှုများဆိုင်ရာ ဘာလီ လုပ်ငန်းစဉ်ကို 2002 ခုနှစ်တွင် စတင်ချိန်မှစ၍ အဖွဲ့ဝင်အဖြစ် ပါဝင်ခဲ့သည်။ IOM သည် ဤလုပ်ငန်းစဉ်၏ အတွင်းရေးမှူးရုံးအဖြစ် ဆောင်ရွက်သည်။",
        "Resettlement of refugees from Myanmar": "မြန်မာနိုင်ငံမှ ဒုက္ခသည်များကို နေရာချထားပေးခြင်း",
        "Between 2005 and 2009 IOM provided medical screening, cultural orientation and transport for some 20,600 refugees, most of them from Myanmar, who left Malaysia for new homes in 11 resettlement countries.": "2005 ခုနှစ်မှ 2009 ခုနှစ်အတွင်း IOM သည် နေရာချထားပေးသည့် နိုင်ငံ 11 နိုင်ငံရှိ နေအိမ်သစ်များသို့ မလေးရှားနိုင်ငံမှ ထွက်ခွာသွားသော ဒုက္ခသည် 20,600 ခန့်အတွက် ဆေးစစ်ဆေးမှု၊ ယဉ်ကျေးမှုဆိုင်ရာ မိတ်ဆက်သင်တန်းနှင့် ခရီးသွားလာရေးတို့ကို ပံ့ပိုးပေးခဲ့သည်။ ၎င်းတို့အနက် အများစုမှာ မြန်မာနိုင်ငံမှ ဖြစ်သည်။",
        "Abstract illustration standing in for a photograph of a cultural orientation class for refugees.": "ဒုက္ခသည်များအတွက် ယဉ်ကျေးမှုဆိုင်ရာ မိတ်ဆက်သင်တန်း ဓာတ်ပုံနေရာတွင် အစားထိုးထားသော စိတ္တဇ သရုပ်ဖော်ပုံ။",
        "Our work today": "ယနေ့ ကျွန်ုပ်တို့၏ လုပ်ငန်းများ",
        "The Abu Dhabi Declaration": "အဘူဒါဘီ ကြေညာချက်",
        "Taking part in the Colombo Process as a labour receiving country, Malaysia signed the Abu Dhabi Declaration on overseas employment and contractual labour for countries of origin and destination in Asia, together with 19 other countries.": "ကိုလံဘို လုပ်ငန်းစဉ်တွင် လုပ်သားလက်ခံသည့် နိုင်ငံအဖြစ် ပါဝင်ဆောင်ရွက်နေသော မလေးရှားနိုင်ငံသည် အာရှရှိ မူလနိုင်ငံများနှင့် ဦးတည်ရာနိုင်ငံများအတွက် ပြည်ပအလုပ်အကိုင်နှင့် စာချုပ်ဖြင့် လုပ်ကိုင်သော လုပ်သားများဆိုင်ရာ အဘူဒါဘီ ကြေညာချက်ကို အခြားနိုင်ငံ 19 နိုင်ငံနှင့်အတူ လက်မှတ်ရေးထိုးခဲ့သည်။",
        "7 May 2009": "2009 ခုနှစ် မေလ 7 ရက်",
        "Talks on an IOM office in Kuala Lumpur": "ကွာလာလမ်ပူတွင် IOM ရုံး ဖွင့်လှစ်ရေး ဆွေးနွေးပွဲ",
        "Malaysia's Minister of Home Affairs met IOM's Director General at IOM headquarters to discuss future cooperation on migration management, including IOM's support for refugee resettlement and for victims of trafficking. Both confirmed they were willing to strengthen that cooperation by officially opening an IOM office in Kuala Lumpur, subject to the government's approval.": "မလေးရှား ပြည်ထဲရေးဝန်ကြီးသည် ဒုက္ခသည်များ နေရာချထားရေးနှင့် လူကုန်ကူးမှု ခံရသူများအတွက် IOM ၏ ပံ့ပိုးကူညီမှု အပါအဝင် ရွှေ့ပြောင်းနေထိုင်မှု စီမံခန့်ခွဲရေးဆိုင်ရာ အနာဂတ် ပူးပေါင်းဆောင်ရွက်မှုကို ဆွေးနွေးရန် IOM ဌာနချုပ်တွင် IOM ၏ အထွေထွေညွှန်ကြားရေးမှူးချုပ်နှင့် တွေ့ဆုံခဲ့သည်။ အစိုးရ၏ အတည်ပြုချက်ဖြင့် ကွာလာလမ်ပူတွင် IOM ရုံးကို တရားဝင် ဖွင့်လှစ်ခြင်းအားဖြင့် ထိုပူးပေါင်းဆောင်ရွက်မှုကို အားကောင်းစေရန် ဆန္ဒရှိကြောင်း နှစ်ဦးစလုံးက အတည်ပြုခဲ့ကြသည်။",
        "IOM serves as the secretariat of two regional processes in which Malaysia takes an active part.": "IOM သည် မလေးရှားနိုင်ငံ တက်ကြွစွာ ပါဝင်ဆောင်ရွက်နေသော ဒေသတွင်း လုပ်ငန်းစဉ် နှစ်ခု၏ အတွင်းရေးမှူးရုံးအဖြစ် ဆောင်ရွက်သည်။",
        "Bali Process": "ဘာလီ လုပ်ငန်းစဉ်",
        "A regional cooperation mechanism to combat people smuggling, trafficking in persons and related transnational crime.": "လူမှောင်ခိုသွင်းခြင်း၊ လူကုန်ကူးခြင်းနှင့် ဆက်စပ်သော နိုင်ငံဖြတ်ကျော် ရာဇဝတ်မှုများကို တိုက်ဖျက်ရန် ဒေသတွင်း ပူးပေါင်းဆောင်ရွက်ရေး ယန္တရား။",
        "A member since the process was launched in 2002.": "2002 ခုနှစ်တွင် လုပ်ငန်းစဉ် စတင်ချိန်မှစ၍ အဖွဲ့ဝင်ဖြစ်သည်။",
        "Colombo Process": "ကိုလံဘို လုပ်ငန်းစဉ်",
        "A regional process on the management of overseas employment and contractual labour for countries of origin in Asia.": "အာရှရှိ မူလနိုင်ငံများအတွက် ပြည်ပအလုပ်အကိုင်နှင့် စာချုပ်ဖြင့် လုပ်ကိုင်သော လုပ်သားများကို စီမံခန့်ခွဲရေးဆိုင်ရာ ဒေသတွင်း လုပ်ငန်းစဉ်။",
        "Malaysia takes part as a labour receiving country. In 2008 it signed the Abu Dhabi Declaration with 19 other countries.": "မလေးရှားနိုင်ငံသည် လုပ်သားလက်ခံသည့် နိုင်ငံအဖြစ် ပါဝင်သည်။ 2008 ခုနှစ်တွင် အခြားနိုင်ငံ 19 နိုင်ငံနှင့်အတူ အဘူဒါဘီ ကြေညာချက်ကို လက်မှတ်ရေးထိုးခဲ့သည်။",
        "Since 2005": "2005 ခုနှစ်မှစ၍",
    }
)

# The news story on ethical recruitment training, with its workshop schedule (hotel names stay as they are).
STRINGS.update(
    {
        "ethical-recruitment-training-for-smes": "ethical-recruitment-training-for-smes",
        "Illustration standing in for a photograph of employers at a training session.": "သင်တန်းတစ်ခုတွင် တက်ရောက်နေသော အလုပ်ရှင်များ၏ ဓာတ်ပုံအစား အသုံးပြုထားသော သရုပ်ဖော်ပုံ။",
        "Ethical recruitment training for small and medium enterprises": "အသေးစားနှင့် အလတ်စား လုပ်ငန်းများအတွက် ကျင့်ဝတ်နှင့်ညီသော အလုပ်သမားခေါ်ယူရေး သင်တန်း",
        "With the Malaysian Employers Federation, IOM is training SMEs across Malaysia on fair and ethical recruitment and employment of migrant workers.": "IOM သည် မလေးရှား အလုပ်ရှင်များ အဖွဲ့ချုပ်နှင့် ပူးပေါင်း၍ ရွှေ့ပြောင်းလုပ်သားများကို တရားမျှတပြီး ကျင့်ဝတ်နှင့်ညီစွာ ခေါ်ယူခန့်အပ်ခြင်းဆိုင်ရာ သင်တန်းများကို မလေးရှားနိုင်ငံတစ်ဝန်းရှိ အသေးစားနှင့် အလတ်စား လုပ်ငန်းများ (SME) အား ပို့ချနေသည်။",
        "Illustration for the demo site.": "သရုပ်ပြ ဝက်ဘ်ဆိုက်အတွက် သရုပ်ဖော်ပုံ။",
        "Generated image": "ထုတ်လုပ်ထားသော ပုံ",
        "In 2023 IOM began working with the Malaysian Employers Federation (MEF) to reach small and medium enterprises on fair and ethical recruitment and employment of migrant workers. The first trainings have taken place in Kuala Lumpur and Penang; Johor, Pahang, Sarawak and Sabah follow later in the year.": "2023 ခုနှစ်တွင် IOM သည် ရွှေ့ပြောင်းလုပ်သားများကို တရားမျှတပြီး ကျင့်ဝတ်နှင့်ညီစွာ ခေါ်ယူခန့်အပ်ခြင်းဆိုင်ရာ အသိပညာကို အသေးစားနှင့် အလတ်စား လုပ်ငန်းများထံ ရောက်ရှိစေရန် မလေးရှား အလုပ်ရှင်များ အဖွဲ့ချုပ် (MEF) နှင့် စတင်ပူးပေါင်းဆောင်ရွက်ခဲ့သည်။ ပထမဆုံး သင်တန်းများကို ကွာလာလမ်ပူနှင့် ပီနန်တွင် ကျင်းပပြီးဖြစ်ပြီး ဂျိုဟိုး၊ ပါဟန်၊ ဆာရာဝက်နှင့် ဆာဘားတို့တွင် ယခုနှစ် နောက်ပိုင်း၌ ဆက်လက်ကျင်းပမည်။",
        "SMEs make up well over 90 per cent of businesses in Malaysia. Reaching them is essential to protect workers and to keep migration safe and dignified.": "မလေးရှားနိုင်ငံရှိ စီးပွားရေးလုပ်ငန်းများ၏ 90 ရာခိုင်နှုန်းကျော်ကို အသေးစားနှင့် အလတ်စား လုပ်ငန်းများက ဖွဲ့စည်းထားသည်။ လုပ်သားများကို ကာကွယ်ရန်နှင့် ရွှေ့ပြောင်းနေထိုင်မှုကို ဘေးကင်းပြီး ဂုဏ်သိက္ခာရှိစေရန် ၎င်းတို့ထံ ရောက်ရှိရန် မရှိမဖြစ် လိုအပ်သည်။",
        "Capacity Building on Ethical Recruitment and Employment of Migrant Workers for SMEs": "အသေးစားနှင့် အလတ်စား လုပ်ငန်းများအတွက် ရွှေ့ပြောင်းလုပ်သားများကို ကျင့်ဝတ်နှင့်ညီစွာ ခေါ်ယူခန့်အပ်ခြင်းဆိုင်ရာ စွမ်းရည်မြှင့်တင်ရေး",
        "Workshops for small and medium enterprises, organised with the Malaysian Employers Federation (MEF): ten workshops at seven venues between May and September 2023.": "မလေးရှား အလုပ်ရှင်များ အဖွဲ့ချုပ် (MEF) နှင့် ပူးပေါင်းစီစဉ်သော အသေးစားနှင့် အလတ်စား လုပ်ငန်းများအတွက် အလုပ်ရုံဆွေးနွေးပွဲများ- 2023 ခုနှစ် မေလမှ စက်တင်ဘာလအတွင်း နေရာ ခုနစ်ခုတွင် အလုပ်ရုံဆွေးနွေးပွဲ ဆယ်ခု။",
        **HOTEL_NAMES,
        "Kuala Lumpur": "ကွာလာလမ်ပူ",
        "Melaka": "မလက္ကာ",
        "Seberang Jaya": "စဘရန်ဂျာယာ",
        "Penang": "ပီနန်",
        "Johor Bahru": "ဂျိုဟိုးဘာရူး",
        "Johor": "ဂျိုဟိုး",
        "Kuantan": "ကွမ်တန်",
        "Pahang": "ပါဟန်",
        "Kuching": "ကူချင်",
        "Sarawak": "ဆာရာဝက်",
        "Kota Kinabalu": "ကိုတာကင်နဘာလူ",
        "Sabah": "ဆာဘား",
    }
)

# The Dari Dapur campaign page (the campaign keeps its Malay name).
STRINGS.update(
    {
        "dari-dapur": "dari-dapur",
        "Illustration standing in for a photograph of a shared meal.": "အတူတကွ မျှဝေစားသောက်သည့် ထမင်းဝိုင်း ဓာတ်ပုံအစား အသုံးပြုထားသော သရုပ်ဖော်ပုံ။",
        "Dari Dapur": "Dari Dapur",
        "Dari Dapur tells the stories of migrants and refugees in Malaysia through their food, for a culture of welcome.": "Dari Dapur သည် ကြိုဆိုလက်ခံသော ယဉ်ကျေးမှု ဖြစ်ထွန်းစေရန် မလေးရှားနိုင်ငံရှိ ရွှေ့ပြောင်းနေထိုင်သူများနှင့် ဒုက္ခသည်များ၏ ဇာတ်လမ်းများကို ၎င်းတို့၏ အစားအစာများမှတစ်ဆင့် ပြောပြသည်။",
        "Dari Dapur means 'from the kitchen'. The campaign promotes human-rights-based narratives about migrants and refugees in Malaysia, and a culture of welcoming them, through the food and recipes of their communities.": "Dari Dapur ဆိုသည်မှာ 'မီးဖိုချောင်မှ' ဟု အဓိပ္ပာယ်ရသည်။ ဤလှုပ်ရှားမှုသည် မလေးရှားနိုင်ငံရှိ ရွှေ့ပြောင်းနေထိုင်သူများနှင့် ဒုက္ခသည်များအကြောင်း လူ့အခွင့်အရေးကို အခြေခံသော ဇာတ်ကြောင်းများနှင့် ၎င်းတို့ကို ကြိုဆိုလက်ခံသော ယဉ်ကျေးမှုကို ၎င်းတို့ အသိုင်းအဝိုင်းများ၏ အစားအစာနှင့် ချက်ပြုတ်နည်းများမှတစ်ဆင့် မြှင့်တင်သည်။",
        "Every dish carries a story of a family, a home left behind and a new one being made. Cooking and sharing it is a simple way to meet as neighbours.": "ဟင်းလျာတိုင်းတွင် မိသားစုတစ်စု၊ နောက်တွင် ထားခဲ့ရသော အိမ်တစ်အိမ်နှင့် အသစ်တည်ဆောက်နေသော အိမ်တစ်အိမ်၏ ဇာတ်လမ်း ပါဝင်သည်။ ၎င်းကို ချက်ပြုတ်မျှဝေခြင်းသည် အိမ်နီးချင်းများအဖြစ် တွေ့ဆုံရန် ရိုးရှင်းသော နည်းလမ်းတစ်ခု ဖြစ်သည်။",
        "The recipes on this demonstration site are samples; their cooks are fictional.": "ဤသရုပ်ပြ ဝက်ဘ်ဆိုက်ရှိ ချက်ပြုတ်နည်းများသည် နမူနာများသာ ဖြစ်ပြီး ချက်ပြုတ်သူများမှာ စိတ်ကူးယဉ် ပုဂ္ဂိုလ်များ ဖြစ်သည်။",
        "From the kitchen: recipes and stories of welcome": "မီးဖိုချောင်မှ- ကြိုဆိုလက်ခံခြင်း၏ ချက်ပြုတ်နည်းများနှင့် ဇာတ်လမ်းများ",
        "Migrant and refugee communities in Malaysia share the dishes they grew up with, and the stories that come with them.": "မလေးရှားနိုင်ငံရှိ ရွှေ့ပြောင်းနေထိုင်သူနှင့် ဒုက္ခသည် အသိုင်းအဝိုင်းများက ၎င်းတို့ ငယ်စဉ်ကတည်းက စားသောက်ခဲ့သော ဟင်းလျာများနှင့် ၎င်းတို့နှင့်အတူ ပါလာသော ဇာတ်လမ်းများကို မျှဝေကြသည်။",
        "The campaign also works with journalists: IOM Malaysia and the Office of the United Nations High Commissioner for Human Rights (OHCHR) organised a workshop, 'Story-Telling for Inclusion and Human Rights in Malaysia: Strengthening the Role of the Media', built on Dari Dapur, to encourage inclusive and empathetic reporting.": "ဤလှုပ်ရှားမှုသည် သတင်းထောက်များနှင့်လည်း ပူးပေါင်းဆောင်ရွက်သည်- IOM မလေးရှားနှင့် ကုလသမဂ္ဂ လူ့အခွင့်အရေးဆိုင်ရာ မဟာမင်းကြီးရုံး (OHCHR) တို့သည် လူတိုင်းပါဝင်နိုင်ပြီး စာနာမှုရှိသော သတင်းရေးသားမှုကို အားပေးရန် Dari Dapur ကို အခြေခံ၍ 'မလေးရှားနိုင်ငံတွင် လူတိုင်းပါဝင်နိုင်ရေးနှင့် လူ့အခွင့်အရေးအတွက် ဇာတ်လမ်းပြောပြခြင်း- မီဒီယာ၏ အခန်းကဏ္ဍကို အားကောင်းစေခြင်း' အလုပ်ရုံဆွေးနွေးပွဲကို စီစဉ်ကျင်းပခဲ့ကြသည်။",
        "Start with these": "ဤဟင်းလျာများဖြင့် စတင်ပါ",
        "Office of the United Nations High Commissioner for Human Rights (OHCHR)": "ကုလသမဂ္ဂ လူ့အခွင့်အရေးဆိုင်ရာ မဟာမင်းကြီးရုံး (OHCHR)",
        "Co-organised the media workshop on story-telling for inclusion": "လူတိုင်းပါဝင်နိုင်ရေးအတွက် ဇာတ်လမ်းပြောပြခြင်းဆိုင်ရာ မီဒီယာ အလုပ်ရုံဆွေးနွေးပွဲကို ပူးတွဲစီစဉ်ခဲ့သည်",
        "Migrant and refugee community cooks": "ရွှေ့ပြောင်းနေထိုင်သူနှင့် ဒုက္ခသည် အသိုင်းအဝိုင်းမှ ချက်ပြုတ်သူများ",
        "Share their recipes and stories": "၎င်းတို့၏ ချက်ပြုတ်နည်းများနှင့် ဇာတ်လမ်းများကို မျှဝေကြသည်",
        "Share a recipe": "ချက်ပြုတ်နည်း မျှဝေပါ",
        "Cook with a community near you, or tell us about a dish that made you welcome.": "သင့်အနီးရှိ အသိုင်းအဝိုင်းတစ်ခုနှင့်အတူ ချက်ပြုတ်ပါ၊ သို့မဟုတ် သင့်ကို ကြိုဆိုခံရသည်ဟု ခံစားစေခဲ့သော ဟင်းလျာတစ်မျိုးအကြောင်း ကျွန်ုပ်တို့ကို ပြောပြပါ။",
        "Join the conversation": "ဆွေးနွေးမှုတွင် ပါဝင်ပါ",
        "Share your favourite Dari Dapur recipe and the story behind it.": "သင်အနှစ်သက်ဆုံး Dari Dapur ချက်ပြုတ်နည်းနှင့် ၎င်း၏ နောက်ကွယ်မှ ဇာတ်လမ်းကို မျှဝေပါ။",
        "IOM Malaysia on Facebook": "Facebook ပေါ်ရှိ IOM မလေးရှား",
    }
)

# Statistics (headline figures); the source keeps the newsletter's own title.
STRINGS.update(
    {
        "refugees resettled from Malaysia to third countries": "မလေးရှားနိုင်ငံမှ တတိယနိုင်ငံများသို့ နေရာချထားပေးခဲ့သော ဒုက္ခသည်များ",
        "people assisted with voluntary return and repatriation": "ဆန္ဒအလျောက် နေရပ်ပြန်ခြင်းနှင့် မိမိနိုင်ငံသို့ ပြန်လည်ပို့ဆောင်ခြင်းအတွက် အကူအညီရရှိခဲ့သူများ",
        "Malaysian citizens assisted to return home": "နေရပ်ပြန်ရန် အကူအညီရရှိခဲ့သော မလေးရှားနိုင်ငံသားများ",
        "refugee health assessments at the Migration Health Assessment Centre": "ရွှေ့ပြောင်းနေထိုင်သူ ကျန်းမာရေး စစ်ဆေးအကဲဖြတ်ရေး စင်တာတွင် ဒုက္ခသည်များအတွက် ကျန်းမာရေး စစ်ဆေးအကဲဖြတ်မှုများ",
        "refugees departed Malaysia for resettlement": "နေရာချထားရေးအတွက် မလေးရှားနိုင်ငံမှ ထွက်ခွာသွားသော ဒုက္ခသည်များ",
        "since 2005": "2005 ခုနှစ်မှစ၍",
        "Q2 2023": "2023 ခုနှစ် ဒုတိယ သုံးလပတ်",
        "IOM Malaysia, Migration Update Q2 2023": "IOM မလေးရှား၊ Migration Update (2023 ခုနှစ် ဒုတိယ သုံးလပတ်)",
    }
)

# Datasets (charts): titles, descriptions, column headings and row labels.
STRINGS.update(
    {
        "Countries of resettlement of 2,446 refugees, Q2 2023": "ဒုက္ခသည် 2,446 ဦးကို နေရာချထားပေးသည့် နိုင်ငံများ၊ 2023 ခုနှစ် ဒုတိယ သုံးလပတ်",
        "Share of the refugees who left Malaysia for resettlement, by receiving country.": "နေရာချထားရေးအတွက် မလေးရှားနိုင်ငံမှ ထွက်ခွာသွားသော ဒုက္ခသည်များ၏ အချိုးအစား၊ လက်ခံသည့် နိုင်ငံအလိုက်။",
        "Country": "နိုင်ငံ",
        "Per cent": "ရာခိုင်နှုန်း",
        "USA": "အမေရိကန်ပြည်ထောင်စု",
        "Australia": "ဩစတြေးလျ",
        "Canada": "ကနေဒါ",
        "UK": "ယူနိုက်တက်ကင်းဒမ်း",
        "New Zealand": "နယူးဇီလန်",
        "Netherlands": "နယ်သာလန်",
        "Norway": "နော်ဝေ",
        "Published percentages; they add up to 100.": "ထုတ်ပြန်ထားသော ရာခိုင်နှုန်းများ ဖြစ်ပြီး စုစုပေါင်း 100 ဖြစ်သည်။",
        "Countries of origin of 2,446 refugees departing Malaysia for resettlement, Q2 2023": "နေရာချထားရေးအတွက် မလေးရှားနိုင်ငံမှ ထွက်ခွာသွားသော ဒုက္ခသည် 2,446 ဦး၏ မူလနိုင်ငံများ၊ 2023 ခုနှစ် ဒုတိယ သုံးလပတ်",
        "Refugees who left Malaysia for resettlement, by country of origin.": "နေရာချထားရေးအတွက် မလေးရှားနိုင်ငံမှ ထွက်ခွာသွားသော ဒုက္ခသည်များ၊ မူလနိုင်ငံအလိုက်။",
        "Country of origin": "မူလနိုင်ငံ",
        "Refugees": "ဒုက္ခသည်များ",
        "Myanmar": "မြန်မာ",
        "Afghanistan": "အာဖဂန်နစ္စတန်",
        "Somalia": "ဆိုမာလီယာ",
        "Pakistan": "ပါကစ္စတန်",
        "Yemen": "ယီမင်",
        "Sri Lanka": "သီရိလင်္ကာ",
        "Other countries": "အခြားနိုင်ငံများ",
        "Sample numbers for demonstration: the newsletter shows this chart without its figures. The rows add up to the published total of 2,446.": "သရုပ်ပြရန်အတွက် နမူနာ ကိန်းဂဏန်းများ ဖြစ်သည်- သတင်းလွှာတွင် ဤဇယားကို ကိန်းဂဏန်းများမပါဘဲ ဖော်ပြထားသည်။ အတန်းများ၏ ပေါင်းလဒ်သည် ထုတ်ပြန်ထားသော စုစုပေါင်း 2,446 နှင့် ညီသည်။",
        "Gender and age of 2,446 refugees departing Malaysia for resettlement, Q2 2023": "နေရာချထားရေးအတွက် မလေးရှားနိုင်ငံမှ ထွက်ခွာသွားသော ဒုက္ခသည် 2,446 ဦး၏ ကျား/မ နှင့် အသက်အရွယ်၊ 2023 ခုနှစ် ဒုတိယ သုံးလပတ်",
        "Refugees who left Malaysia for resettlement, by age group and gender.": "နေရာချထားရေးအတွက် မလေးရှားနိုင်ငံမှ ထွက်ခွာသွားသော ဒုက္ခသည်များ၊ အသက်အုပ်စုနှင့် ကျား/မ အလိုက်။",
        "Age group": "အသက်အုပ်စု",
        "Female": "အမျိုးသမီး",
        "Male": "အမျိုးသား",
        "0–4": "0–4",
        "5–17": "5–17",
        "18–59": "18–59",
        "60 and over": "60 နှင့်အထက်",
        "Gender and age of 2,233 people supported with health assessments at MHAC, Q2 2023": "MHAC တွင် ကျန်းမာရေး စစ်ဆေးအကဲဖြတ်မှုဖြင့် ပံ့ပိုးကူညီခံရသူ 2,233 ဦး၏ ကျား/မ နှင့် အသက်အရွယ်၊ 2023 ခုနှစ် ဒုတိယ သုံးလပတ်",
        "People assessed at the Migration Health Assessment Centre (MHAC), by age group and gender.": "ရွှေ့ပြောင်းနေထိုင်သူ ကျန်းမာရေး စစ်ဆေးအကဲဖြတ်ရေး စင်တာ (MHAC) တွင် စစ်ဆေးအကဲဖြတ်ခံရသူများ၊ အသက်အုပ်စုနှင့် ကျား/မ အလိုက်။",
        "Sample numbers for demonstration: the newsletter shows this chart without its figures. The rows add up to the published total of 2,233.": "သရုပ်ပြရန်အတွက် နမူနာ ကိန်းဂဏန်းများ ဖြစ်သည်- သတင်းလွှာတွင် ဤဇယားကို ကိန်းဂဏန်းများမပါဘဲ ဖော်ပြထားသည်။ အတန်းများ၏ ပေါင်းလဒ်သည် ထုတ်ပြန်ထားသော စုစုပေါင်း 2,233 နှင့် ညီသည်။",
    }
)

# The main menu's pages: their titles, so every menu is in its own language.
STRINGS.update(
    {
        "Who we are": "ကျွန်ုပ်တို့အကြောင်း",
        "What we do": "ကျွန်ုပ်တို့၏ လုပ်ငန်း",
        "Partnerships": "မိတ်ဖက်များ",
        "Work with us": "ကျွန်ုပ်တို့နှင့်အတူ လုပ်ကိုင်ရန်",
        "Get involved": "ပါဝင်ဆောင်ရွက်ရန်",
        "Data": "ဒေတာ",
        "News": "သတင်း",
        "Publications": "ထုတ်ဝေမှုများ",
    }
)
