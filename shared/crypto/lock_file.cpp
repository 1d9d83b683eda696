#include "crypto/lock_file.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace medvandrer {

namespace {

using Json = nlohmann::json;

void (*g_replaceHook)() = nullptr;

Json wrapToJson(const WrappedKey &w)
{
    return Json{{"salt", w.salt},
                {"ops", w.cost.ops},
                {"mem", w.cost.memBytes},
                {"sealed", w.sealed},
                {"deviceSecret", w.withDeviceSecret}};
}

std::optional<WrappedKey> wrapFromJson(const Json &j)
{
    if (!j.is_object() || !j.contains("salt") || !j["salt"].is_string() || !j.contains("sealed") ||
        !j["sealed"].is_string() || !j.contains("ops") || !j["ops"].is_number_unsigned() || !j.contains("mem") ||
        !j["mem"].is_number_unsigned())
        return std::nullopt;
    WrappedKey w;
    w.salt = j["salt"].get<std::string>();
    w.sealed = j["sealed"].get<std::string>();
    w.cost.ops = j["ops"].get<uint64_t>();
    w.cost.memBytes = j["mem"].get<uint64_t>();
    w.withDeviceSecret = j.value("deviceSecret", false);
    return w;
}

Status syncFolderOf(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    const std::string folder = slash == std::string::npos ? "." : path.substr(0, slash);
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return Error{"storage_error", "cannot open the data folder"};
    const int rc = ::fsync(fd);
    ::close(fd);
    return rc == 0 ? Status{} : Status{Error{"storage_error", "cannot sync the data folder"}};
}

} // namespace

void setLockFileReplaceHook(void (*hook)())
{
    g_replaceHook = hook;
}

int64_t LockFile::delayAfterFailures(int failures)
{
    static constexpr int64_t steps[] = {0, 0, 0, 5'000, 15'000, 30'000, 60'000, 300'000, 900'000};
    constexpr int count = int(sizeof steps / sizeof steps[0]);
    if (failures <= 0)
        return 0;
    return steps[failures < count ? failures : count - 1];
}

Result<std::optional<LockFile>> LockFile::load(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (::access(path.c_str(), F_OK) != 0)
            return std::optional<LockFile>{};
        return Error{"key_file_unreadable", "the lock file cannot be read"};
    }
    std::stringstream text;
    text << in.rdbuf();
    const Json j = Json::parse(text.str(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("version", 0) != 1 || !j.contains("pin"))
        return Error{"key_file_damaged", "the lock file is damaged"};
    auto pin = wrapFromJson(j["pin"]);
    if (!pin)
        return Error{"key_file_damaged", "the lock file is damaged"};
    LockFile f;
    f.pin = *pin;
    f.kind = j.value("kind", std::string("pin")) == "passphrase" ? SecretKind::Passphrase : SecretKind::Pin;
    if (j.contains("password"))
        f.password = wrapFromJson(j["password"]);
    f.failures = j.value("failures", 0);
    f.notBeforeMs = j.value("notBeforeMs", int64_t(0));
    f.lockAfterSeconds = j.value("lockAfterSeconds", 60);
    f.planOnLockScreen = j.value("planOnLockScreen", false);
    return std::optional<LockFile>(std::move(f));
}

Status LockFile::save(const std::string &path) const
{
    Json j{{"version", 1},
           {"kind", kind == SecretKind::Passphrase ? "passphrase" : "pin"},
           {"pin", wrapToJson(pin)},
           {"failures", failures},
           {"notBeforeMs", notBeforeMs},
           {"lockAfterSeconds", lockAfterSeconds},
           {"planOnLockScreen", planOnLockScreen}};
    if (password)
        j["password"] = wrapToJson(*password);
    const std::string text = j.dump(1);
    const std::string temp = path + ".new";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{"storage_error", std::string("cannot write the lock file: ") + std::strerror(errno)};
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            ::unlink(temp.c_str());
            return Error{"storage_full", "the lock file could not be written (disk full?)"};
        }
        done += size_t(n);
    }
    if (::fsync(fd) != 0) {
        ::close(fd);
        ::unlink(temp.c_str());
        return Error{"storage_error", "the lock file could not be synced"};
    }
    ::close(fd);
    if (g_replaceHook)
        g_replaceHook();
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        ::unlink(temp.c_str());
        return Error{"storage_error", "the lock file could not be replaced"};
    }
    return syncFolderOf(path);
}

Status LockFile::remove(const std::string &path)
{
    if (::unlink(path.c_str()) != 0 && errno != ENOENT)
        return Error{"storage_error", "the lock file could not be removed"};
    return syncFolderOf(path);
}

} // namespace medvandrer
