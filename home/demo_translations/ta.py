"""Demo content strings in ta (see home/demo_translations/__init__.py)."""

# The home page and the organisation profile (footer).
STRINGS = {
    'IOM Malaysia': 'IOM மலேசியா',
    'Safe, orderly and dignified migration for all': 'அனைவருக்கும் பாதுகாப்பான, ஒழுங்கான, கண்ணியமான புலம்பெயர்வு',
    "IOM works with Malaysia's government, employers and communities to protect migrants and refugees and to make migration work for everyone.": 'புலம்பெயர்ந்தோரையும் அகதிகளையும் பாதுகாக்கவும், புலம்பெயர்வு அனைவருக்கும் பயனளிக்கவும் IOM மலேசிய அரசு, முதலாளிகள் மற்றும் சமூகங்களுடன் இணைந்து செயல்படுகிறது.',
    'The International Organization for Migration in Malaysia.': 'மலேசியாவில் புலம்பெயர்வுக்கான சர்வதேச அமைப்பு.',
}
