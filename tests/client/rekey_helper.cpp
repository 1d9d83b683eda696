// A stand-in for the app in the re-keying SIGKILL test: changes the PIN again and again (1000 → 1001 → …), saying
// "rekeyed N" after each finished replace of lock.json, until it is killed. With "window" it also says "window" and
// pauses between writing the new file and renaming it over the old one, so the test can kill it right there.
#include "crypto/lock_file.h"
#include "lock/device_lock.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

using namespace medvandrer;

namespace {
void pauseInWindow()
{
    std::printf("window\n");
    std::fflush(stdout);
    std::this_thread::sleep_for(std::chrono::seconds(5));
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s DATA_DIR CURRENT_PIN window|random\n", argv[0]);
        return 2;
    }
    DeviceLock lock(argv[1]);
    lock.setCost(KdfCost::fastForTests());
    if (!lock.reload() || !lock.enabled())
        return 3;
    DeviceLock::Refusal refusal;
    auto key = lock.unlock(argv[2], false, 0, refusal);
    if (!key) {
        std::fprintf(stderr, "current PIN refused: %s\n", refusal.code.c_str());
        return 4;
    }
    int pin = std::atoi(argv[2]);
    if (std::string(argv[3]) == "window")
        setLockFileReplaceHook(pauseInWindow);
    for (;;) {
        ++pin;
        if (!lock.changeSecret(*key, std::to_string(pin), false))
            return 5;
        std::printf("rekeyed %d\n", pin);
        std::fflush(stdout);
    }
}
