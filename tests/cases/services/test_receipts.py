"""Receipt codes: long, random, readable; only a keyed digest is stored; typing slips are forgiven."""

import math
import re

from django.test import override_settings

from cases.services import receipts


def test_a_code_is_four_groups_of_four_from_an_alphabet_of_32_so_80_random_bits():
    codes = {receipts.new_receipt_code() for _ in range(200)}

    assert len(codes) == 200
    assert all(re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", code) for code in codes)
    assert receipts.CODE_LENGTH * math.log2(len(set(receipts.ALPHABET))) >= 80


def test_case_spaces_dashes_and_look_alike_letters_are_forgiven():
    code = "7KQ2-M9XD-4HRT-0BW1"
    assert receipts.digest(code) == receipts.digest(" 7kq2 m9xd 4hrt obwl ")
    # Cyrillic К, М, Н, Т, В and О typed on a Kyrgyz or Russian keyboard
    assert receipts.digest(code) == receipts.digest("7КQ2-М9XD-4НRТ-ОВW1")


def test_what_cannot_be_a_code_has_no_digest_to_look_up():
    assert receipts.candidate_digests("7KQ2-M9XD-4HRT") == []
    assert receipts.candidate_digests("7KQ2-M9XD-4HRT-0BW!") == []


def test_the_digest_is_keyed_with_the_secret_key_and_survives_its_rotation():
    code = receipts.new_receipt_code()
    with override_settings(SECRET_KEY="old-secret"):
        stored = receipts.digest(code)
    with override_settings(SECRET_KEY="new-secret", SECRET_KEY_FALLBACKS=["old-secret"]):
        assert receipts.digest(code) != stored
        assert stored in receipts.candidate_digests(code)
    assert len(stored) == 64 and code.replace("-", "") not in stored
