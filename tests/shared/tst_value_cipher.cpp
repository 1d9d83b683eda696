// Encryption at rest, the Qt-free half: sealed values, wrapped keys, lock.json, and an encrypted RecordStore.
#include "core/uuid.h"
#include "crypto/key_wrap.h"
#include "crypto/lock_file.h"
#include "crypto/value_cipher.h"
#include "records/record_json.h"
#include "store/record_store.h"
#include "temp_dir.h"

#include <gtest/gtest.h>
#include <sodium.h>
#include <sqlite3.h>

#include <fstream>
#include <sstream>

using namespace medvandrer;

namespace {

Change goalChange(const std::string &id, const std::string &title)
{
    Change c;
    c.changeId = newUuid();
    c.patch.id = id;
    c.patch.kind = "goal";
    c.patch.owner = "6f1c1b7e-2d3a-4c5b-9e8f-0a1b2c3d4e5f";
    c.patch.fields["title"] = FieldValue{Json(title), Hlc{1000, 0, "dev"}};
    c.patch.fields["status"] = FieldValue{Json("active"), Hlc{1000, 0, "dev"}};
    return c;
}

std::string rawFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void execRaw(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

} // namespace

TEST(ValueCipher, OpensOnlyWithItsKeyAndItsRow)
{
    const ValueCipher cipher(DataKey::random());
    const std::string sealed = cipher.seal("Tung dag i dag", "record/a");
    EXPECT_TRUE(ValueCipher::isSealed(sealed));
    EXPECT_EQ(sealed.find("Tung dag"), std::string::npos);
    EXPECT_EQ(*cipher.open(sealed, "record/a"), "Tung dag i dag");
    // Another row, another key, one changed character: none opens.
    EXPECT_EQ(cipher.open(sealed, "record/b").error().code, "decrypt_failed");
    EXPECT_FALSE(ValueCipher(DataKey::random()).open(sealed, "record/a"));
    std::string changed = sealed;
    changed[10] = changed[10] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(cipher.open(changed, "record/a"));
    EXPECT_FALSE(cipher.open("{\"plain\":true}", "record/a"));
    // A fresh nonce each time: the same text never seals the same way twice.
    EXPECT_NE(cipher.seal("x", "record/a"), cipher.seal("x", "record/a"));
}

TEST(Base64, DecodesWhatLibsodiumEncodesAndRefusesTheRest)
{
    std::string bytes;
    for (int n = 0; n < 300; ++n) {
        EXPECT_EQ(*fromBase64(toBase64(bytes)), bytes) << n;
        bytes.push_back(static_cast<char>((n * 131 + 7) & 0xff));
    }
    for (const char *badText : {"abc", "ab=c", "a===", "ab c", "QQ==QQ==", "QR==", "QUI=x", "Q\x80==", "QUJ=",
                                // outside the alphabet in a group before the last
                                "Q!JDQUJD", "QUJDQ\x80JDQUI=", "QUJD=UJDQUJD"})
        EXPECT_FALSE(fromBase64(badText)) << badText;
    EXPECT_EQ(*fromBase64("QUI="), "AB");
    EXPECT_EQ(*fromBase64(""), "");
}

TEST(Base64, EncodesAsLibsodiumDoes)
{
    ASSERT_GE(sodium_init(), 0);
    std::string bytes;
    for (int n = 0; n < 300; ++n) {
        std::string expected(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
        sodium_bin2base64(expected.data(), expected.size(), reinterpret_cast<const unsigned char *>(bytes.data()),
                          bytes.size(), sodium_base64_VARIANT_ORIGINAL);
        expected.resize(expected.size() - 1);
        EXPECT_EQ(toBase64(bytes), expected) << n;
        bytes.push_back(static_cast<char>((n * 197 + 3) & 0xff));
    }
    EXPECT_EQ(toBase64("AB"), "QUI=");
    EXPECT_EQ(toBase64("ABC"), "QUJD");
    EXPECT_EQ(toBase64("A"), "QQ==");
}

TEST(KeyWrap, OnlyTheSecretAndPurposeOpenTheKey)
{
    const DataKey key = DataKey::random();
    const WrappedKey w = wrapKey(key, "482913", "pin", KdfCost::fastForTests());
    EXPECT_TRUE(*unwrapKey(w, "482913", "pin") == key);
    EXPECT_EQ(unwrapKey(w, "482914", "pin").error().code, "wrong_secret");
    EXPECT_EQ(unwrapKey(w, "482913", "password").error().code, "wrong_secret");
    // Bound to a device secret: without it (a copied folder alone) the right PIN does not open it.
    const WrappedKey bound = wrapKey(key, "482913", "pin", KdfCost::fastForTests(), "keychain-half");
    EXPECT_TRUE(bound.withDeviceSecret);
    EXPECT_TRUE(*unwrapKey(bound, "482913", "pin", "keychain-half") == key);
    EXPECT_FALSE(unwrapKey(bound, "482913", "pin"));
    // A damaged cost is refused before any work is done.
    WrappedKey silly = w;
    silly.cost.memBytes = uint64_t(1) << 40;
    EXPECT_EQ(unwrapKey(silly, "482913", "pin").error().code, "key_file_damaged");
}

TEST(LockFile, RoundTripsAndRefusesDamage)
{
    test::TempDir dir;
    const std::string path = dir.file("lock.json");
    EXPECT_FALSE(LockFile::load(path)->has_value()); // no file: no lock
    LockFile f;
    f.kind = LockFile::SecretKind::Passphrase;
    f.pin = wrapKey(DataKey::random(), "en lang frase", "pin", KdfCost::fastForTests());
    f.password = wrapKey(DataKey::random(), "demo-passord", "password", KdfCost::fastForTests());
    f.failures = 4;
    f.notBeforeMs = 123456;
    f.lockAfterSeconds = 300;
    f.planOnLockScreen = true;
    ASSERT_TRUE(f.save(path));
    auto back = LockFile::load(path);
    ASSERT_TRUE(back && *back);
    EXPECT_EQ((*back)->kind, LockFile::SecretKind::Passphrase);
    EXPECT_EQ((*back)->pin.sealed, f.pin.sealed);
    EXPECT_EQ((*back)->password->salt, f.password->salt);
    EXPECT_EQ((*back)->failures, 4);
    EXPECT_EQ((*back)->notBeforeMs, 123456);
    EXPECT_EQ((*back)->lockAfterSeconds, 300);
    EXPECT_TRUE((*back)->planOnLockScreen);
    std::ofstream(path, std::ios::trunc) << "{\"version\": 1, \"pin\": 7}";
    EXPECT_EQ(LockFile::load(path).error().code, "key_file_damaged");
}

TEST(LockFile, DelaysGrowAndNeverStop)
{
    EXPECT_EQ(LockFile::delayAfterFailures(0), 0);
    EXPECT_EQ(LockFile::delayAfterFailures(2), 0);
    EXPECT_GT(LockFile::delayAfterFailures(3), 0);
    for (int n = 3; n < 20; ++n)
        EXPECT_GE(LockFile::delayAfterFailures(n + 1), LockFile::delayAfterFailures(n));
    EXPECT_EQ(LockFile::delayAfterFailures(1000), 15 * 60 * 1000);
}

TEST(EncryptedRecordStore, SealsEveryValueAndRefusesForeignRows)
{
    test::TempDir dir;
    const std::string path = dir.file("device.db");
    auto cipher = std::make_shared<const ValueCipher>(DataKey::random());
    {
        auto store = RecordStore::open(path, SqliteDatabase::Durability::Full, cipher);
        ASSERT_TRUE(store);
        auto applied = (*store)->applyLocal({goalChange("0b6f3c52-1111-4a8e-9d3c-5e2f6a7b8c91", "Første mål QX1"), goalChange("0b6f3c52-2222-4a8e-9d3c-5e2f6a7b8c92", "Andre mål QX2")});
        ASSERT_TRUE(applied) << applied.error().message;
        ASSERT_TRUE((*store)->setSetting("token", "tok-SECRET-123"));
        EXPECT_EQ(*(*store)->setting("token"), "tok-SECRET-123");
        EXPECT_EQ((*store)->byKind("goal").size(), 2u);
        EXPECT_EQ((*store)->pendingChanges(10).size(), 2u);
    }
    const std::string raw = rawFile(path) + rawFile(path + "-wal");
    EXPECT_EQ(raw.find("QX1"), std::string::npos);
    EXPECT_EQ(raw.find("tok-SECRET"), std::string::npos);
    EXPECT_NE(raw.find("0b6f3c52-1111-4a8e-9d3c-5e2f6a7b8c91"), std::string::npos); // ids stay plain: the store queries on them

    // A body copied onto another row does not open there; a plain body slipped in is not read either.
    execRaw(path, "UPDATE records SET body = (SELECT body FROM records WHERE id = '0b6f3c52-1111-4a8e-9d3c-5e2f6a7b8c91') WHERE id = '0b6f3c52-2222-4a8e-9d3c-5e2f6a7b8c92'");
    {
        auto store = RecordStore::open(path, SqliteDatabase::Durability::Full, cipher);
        ASSERT_TRUE(store);
        EXPECT_TRUE((*store)->get("0b6f3c52-1111-4a8e-9d3c-5e2f6a7b8c91"));
        EXPECT_FALSE((*store)->get("0b6f3c52-2222-4a8e-9d3c-5e2f6a7b8c92"));
    }
    Record plain;
    plain.id = "0b6f3c52-2222-4a8e-9d3c-5e2f6a7b8c92";
    plain.kind = "goal";
    plain.owner = "6f1c1b7e-2d3a-4c5b-9e8f-0a1b2c3d4e5f";
    plain.fields["title"] = FieldValue{Json("Innsmuglet"), Hlc{2000, 0, "dev"}};
    plain.fields["status"] = FieldValue{Json("active"), Hlc{2000, 0, "dev"}};
    const std::string plainBody = recordToJson(plain).dump();
    ASSERT_TRUE(recordFromJson(Json::parse(plainBody))); // a valid body: only its being plain keeps it out
    execRaw(path, "UPDATE records SET body = '" + plainBody + "' WHERE id = '0b6f3c52-2222-4a8e-9d3c-5e2f6a7b8c92'");
    auto store = RecordStore::open(path, SqliteDatabase::Durability::Full, cipher);
    ASSERT_TRUE(store);
    EXPECT_FALSE((*store)->get("0b6f3c52-2222-4a8e-9d3c-5e2f6a7b8c92"));
    EXPECT_EQ((*store)->byKind("goal").size(), 1u);
}
