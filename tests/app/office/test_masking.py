"""The reporter's identity taken out of officers' prose (app.office.masking): whole words,
however they are typed, and nothing else."""

from app.office.masking import HiddenIdentity

MASK = "(dirahasiakan)"
REPORTER = dict(name="Siti Rahmawati", nik="1971010101010002", phone="0812-7788-9900",
                email="siti.r@example.id", address="Jl. Melati 3")


def hide(text: str, **identity) -> str:
    return HiddenIdentity(MASK, **(identity or REPORTER))(text)


def test_the_full_name_and_each_part_of_it_are_hidden_in_any_case():
    assert hide("Laporan dari SITI RAHMAWATI.") == f"Laporan dari {MASK}."
    assert hide("Bu Siti menelepon lagi") == f"Bu {MASK} menelepon lagi"
    assert hide("sdri. rahmawati") == f"sdri. {MASK}"
    # A name broken over two lines or typed with two spaces is still the name.
    assert hide("Siti\n  Rahmawati hadir") == f"{MASK} hadir"


def test_only_whole_words_are_hidden():
    # "Siti" inside another word is not the reporter.
    assert hide("Kepala Lapas Sitinjau menjawab") == "Kepala Lapas Sitinjau menjawab"
    assert hide("#Siti#") == f"#{MASK}#"


def test_name_parts_shorter_than_three_letters_are_kept():
    assert hide("Al menjawab; Ali hadir", name="Ali Akbar Al") == f"Al menjawab; {MASK} hadir"


def test_numbers_are_hidden_however_their_digits_are_grouped():
    for typed in ("0812-7788-9900", "0812 7788 9900", "081277889900", "0812.7788.9900"):
        assert hide(f"HP {typed}, hubungi") == f"HP {MASK}, hubungi", typed
    assert hide("NIK 1971 0101 0101 0002") == f"NIK {MASK}"
    # The same digits inside a longer number are another number.
    assert hide("rekening 9081277889900") == "rekening 9081277889900"


def test_short_numbers_identify_no_one():
    assert hide("rumah nomor 12345 di RT 3", phone="12345") == "rumah nomor 12345 di RT 3"


def test_the_email_and_the_address_are_hidden_whole():
    assert hide("surel: siti.r@example.id.") == f"surel: {MASK}."
    assert hide("tinggal di Jl.  Melati 3 dekat pasar") == f"tinggal di {MASK} dekat pasar"
    # A part of the address is not the address.
    assert hide("Jl. Melati 30") == "Jl. Melati 30"


def test_an_anonymous_reporter_hides_nothing():
    identity = HiddenIdentity(MASK, name=None, nik="", phone=None, email=None, address="")
    assert not identity
    assert identity("Pelapor anonim") == "Pelapor anonim"


def test_typed_text_is_matched_as_text_not_as_a_pattern():
    assert hide("a.b (x) hadir", name="a.b (x)") == f"{MASK} hadir"
    assert hide("aXb hadir", name="a.b") == "aXb hadir"


def test_every_text_of_a_stored_output_is_hidden_and_nothing_else_changes():
    fields = {"catatan": "Hubungi Siti", "kepada": ["kabag_p2"], "lampiran": [3, 4],
              "nested": {"isi": ("Rahmawati", 7)}}
    assert HiddenIdentity(MASK, **REPORTER).deep(fields) == {
        "catatan": f"Hubungi {MASK}", "kepada": ["kabag_p2"], "lampiran": [3, 4],
        "nested": {"isi": (MASK, 7)}}


def test_a_name_with_titles_is_hidden_by_its_parts():
    identity = dict(name="Dr. Budi Santoso, S.H.")
    assert hide("Pak Santoso datang; Budi menelepon", **identity) == \
        f"Pak {MASK} datang; {MASK} menelepon"


def test_a_phone_is_hidden_with_or_without_the_country_code():
    for stored in ("0813-5550-4242", "+62 813-5550-4242", "6281355504242"):
        for typed in ("0813-5550-4242", "+62 813 5550 4242", "+6281355504242",
                      "62-813-5550-4242"):
            assert hide(f"HP {typed}.", phone=stored) == f"HP {MASK}.", (stored, typed)


def test_a_name_joined_by_underscores_is_still_the_name():
    assert hide("scan_Siti_Rahmawati.pdf") == f"scan_{MASK}_{MASK}.pdf"
