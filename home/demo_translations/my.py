"""Demo content strings in my (see home/demo_translations/__init__.py)."""

# The home page and the organisation profile (footer).
STRINGS = {
    'IOM Malaysia': 'IOM မလေးရှား',
    'Safe, orderly and dignified migration for all': 'လူတိုင်းအတွက် ဘေးကင်း၊ စနစ်တကျ၊ ဂုဏ်သိက္ခာရှိသော ရွှေ့ပြောင်းနေထိုင်မှု',
    "IOM works with Malaysia's government, employers and communities to protect migrants and refugees and to make migration work for everyone.": 'IOM သည် ရွှေ့ပြောင်းလုပ်သားများနှင့် ဒုက္ခသည်များကို ကာကွယ်ရန်နှင့် ရွှေ့ပြောင်းနေထိုင်မှုသည် လူတိုင်းအတွက် အကျိုးရှိစေရန် မလေးရှားအစိုးရ၊ အလုပ်ရှင်များနှင့် အသိုင်းအဝိုင်းများနှင့် ပူးပေါင်းဆောင်ရွက်သည်။',
    'The International Organization for Migration in Malaysia.': 'မလေးရှားနိုင်ငံရှိ နိုင်ငံတကာ ရွှေ့ပြောင်းနေထိုင်မှုဆိုင်ရာ အဖွဲ့။',
}
