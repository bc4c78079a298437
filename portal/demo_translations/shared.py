"""What the per-language modules of the editorial pages share: the contact block (the address stays German, as
letters need it; numbers and e-mail addresses are isolated left to right)."""

ADDRESS = (
    '<p dir="ltr" lang="de">Stadt Dortmund<br>Kommunales Integrationszentrum Dortmund (MIA-DO-KI)<br>'
    "Friedensplatz 1<br>44135 Dortmund</p>"
)


def phone(number, demo):
    return f'<a href="tel:{number.replace(" ", "")}" dir="ltr">{number}</a> ({demo})'


def email(address):
    return f'<a href="mailto:{address}" dir="ltr">{address}</a>'


def contact(phone_label, email_label, demo):
    """The portal's postal address, demo phone number and e-mail address, labelled in one language."""
    return (
        f"{ADDRESS}<p>{phone_label}: {phone('+49 231 000000', demo)}<br>"
        f"{email_label}: {email('mia-do-ki@example.org')}</p>"
    )
