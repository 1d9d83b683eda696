#include "admin/admin_commands.h"
#include "server/server.h"
#include "storage/open_storage.h"
#include "store/full_disk_vfs.h"

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <iostream>

using namespace medvandrer::server;

namespace {

void setUpLogging(const std::string &level)
{
    // Logs go to stderr; stdout is for the port line and command output.
    auto logger = spdlog::stderr_logger_mt("medvandrer");
    spdlog::set_default_logger(logger);
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z level=%l %v");
    spdlog::set_level(spdlog::level::from_str(level));
}

} // namespace

int main(int argc, char **argv)
{
    // Tests only: a disk that is full while this file exists, where no small file system can be mounted.
    if (const char *flag = std::getenv("MEDVANDRER_TEST_FULL_DISK_FLAG"); flag && *flag)
        medvandrer::installFullDiskSimulation(flag);
    CLI::App app{"Medvandrer sync server and admin commands"};
    app.require_subcommand(1);
    std::string dataDir;
    std::string databaseUrl;
    bool json = false;
    std::string logLevel = "info";

    // SQLite in --data-dir, or PostgreSQL with --database (or MEDVANDRER_DATABASE_URL).
    auto addDataDir = [&](CLI::App *cmd) {
        cmd->add_option("--data-dir", dataDir, "Data directory (holds server.db; the SQLite engine)");
        cmd->add_option("--database", databaseUrl,
                        "postgresql://user@host/db: use PostgreSQL instead of SQLite (default: MEDVANDRER_DATABASE_URL)");
    };

    ServerConfig config;
    auto *serve = app.add_subcommand("serve", "Run the sync server");
    addDataDir(serve);
    serve->add_option("--listen", config.listenAddress, "Address to listen on")->capture_default_str();
    serve->add_option("--port", config.port, "Port; 0 picks a free one (printed as port=N)")->capture_default_str();
    serve->add_option("--threads", config.threads, "io threads; 0 = one per core")->capture_default_str();
    serve->add_option("--tls-cert", config.tlsCert, "PEM certificate chain: serve wss://");
    serve->add_option("--tls-key", config.tlsKey, "PEM private key");
    serve->add_flag("--allow-insecure-remote", config.allowInsecureRemote,
                    "Allow a non-loopback address without TLS");
    int64_t offerMinutes = 120, offerSeconds = 0;
    serve->add_option("--offer-minutes", offerMinutes, "How long a freed seat is offered to the next person waiting")
        ->capture_default_str()
        ->check(CLI::Range(int64_t(1), int64_t(7 * 24 * 60)));
    serve->add_option("--offer-seconds", offerSeconds, "Offer time in seconds instead (for tests); overrides minutes")
        ->check(CLI::Range(int64_t(1), int64_t(7 * 24 * 3600)));
    serve->add_option("--log-level", logLevel, "trace, debug, info, warn, error")->capture_default_str();
    serve->add_flag("--json", json, "Print the startup line as JSON ({\"port\":N}) instead of port=N");

    auto *init = app.add_subcommand("init", "Create or upgrade a data directory");
    addDataDir(init);
    init->add_flag("--json", json);

    std::string username, displayName;
    bool passwordStdin = false;
    auto *koordinator = app.add_subcommand("create-koordinator", "Create a koordinator account");
    addDataDir(koordinator);
    koordinator->add_option("--username", username)->required();
    koordinator->add_option("--display-name", displayName)->required();
    koordinator->add_flag("--password-stdin", passwordStdin, "Read the password from the first line of stdin")
        ->required();
    koordinator->add_flag("--json", json);

    std::string role;
    int64_t validHours = 72;
    auto *invite = app.add_subcommand("invite", "Create a one-time invite code");
    addDataDir(invite);
    invite->add_option("--role", role, "bruker, erfaringskonsulent or koordinator")->required();
    invite->add_option("--valid-hours", validHours, "Hours until the code expires (1–720)")->capture_default_str();
    invite->add_flag("--json", json);

    auto *listDevices = app.add_subcommand("list-devices", "List an account's devices");
    addDataDir(listDevices);
    listDevices->add_option("--username", username)->required();
    listDevices->add_flag("--json", json);

    std::string deviceId;
    auto *revokeDevice = app.add_subcommand("revoke-device", "Sign a device out for good");
    addDataDir(revokeDevice);
    revokeDevice->add_option("--device-id", deviceId)->required();
    revokeDevice->add_flag("--json", json);

    std::string file;
    auto *importActivities = app.add_subcommand("import-activities", "Import activities from a JSON file");
    addDataDir(importActivities);
    importActivities->add_option("--file", file)->required();
    importActivities->add_flag("--json", json);

    int count = 0;
    std::string prefix;
    auto *createAccounts = app.add_subcommand(
        "create-accounts", "Create many accounts at once, each with one signed-in device (load tests and drills)");
    addDataDir(createAccounts);
    createAccounts->add_option("--count", count, "How many (1–10000)")->required()->check(CLI::Range(1, 10000));
    createAccounts->add_option("--prefix", prefix, "Usernames are <prefix>1, <prefix>2, …")->required();
    createAccounts->add_option("--role", role, "bruker, erfaringskonsulent or koordinator")->capture_default_str();
    createAccounts->add_flag("--json", json);

    auto *demo = app.add_subcommand("demo", "Seed demo accounts and a demo activity calendar (idempotent)");
    addDataDir(demo);
    demo->add_flag("--json", json);

    std::string backupDir;
    auto *backup = app.add_subcommand("backup", "Copy the SQLite data directory consistently while the server runs");
    addDataDir(backup);
    backup->add_option("--to", backupDir, "An empty folder for the copy")->required();
    backup->add_flag("--json", json);
    auto *restore = app.add_subcommand("restore", "Restore a backup into an empty data directory (server stopped)");
    addDataDir(restore);
    restore->add_option("--from", backupDir, "The folder `backup --to` wrote")->required();
    restore->add_flag("--json", json);

    CLI11_PARSE(app, argc, argv);
    setUpLogging(serve->parsed() ? logLevel : "warn");
    const admin::Output out{std::cout, json};
    auto where = resolveStorageLocation(dataDir, databaseUrl);
    if (!where) {
        std::cerr << "error: " << where.error().message << " (" << where.error().code << ")\n";
        return 2;
    }

    if (serve->parsed()) {
        config.storage = *where;
        config.offerMs = offerSeconds > 0 ? offerSeconds * 1000 : offerMinutes * 60 * 1000;
        auto server = Server::create(config);
        if (!server) {
            spdlog::error("event=start_failed code={} error=\"{}\"", server.error().code, server.error().message);
            std::cerr << "error: " << server.error().message << " (" << server.error().code << ")\n";
            return 1;
        }
        (*server)->run([json](unsigned short port) {
            if (json)
                std::cout << "{\"port\":" << port << "}" << std::endl;
            else
                std::cout << "port=" << port << std::endl;
        });
        return 0;
    }
    if (init->parsed())
        return admin::init(out, *where);
    if (koordinator->parsed())
        return admin::createKoordinator(out, *where, username, displayName, std::cin);
    if (invite->parsed())
        return admin::invite(out, *where, role, validHours);
    if (listDevices->parsed())
        return admin::listDevices(out, *where, username);
    if (revokeDevice->parsed())
        return admin::revokeDevice(out, *where, deviceId);
    if (importActivities->parsed())
        return admin::importActivities(out, *where, file);
    if (createAccounts->parsed())
        return admin::createAccounts(out, *where, prefix, count, role.empty() ? "bruker" : role);
    if (demo->parsed())
        return admin::demo(out, *where);
    if (backup->parsed())
        return admin::backup(out, *where, backupDir);
    if (restore->parsed())
        return admin::restore(out, *where, backupDir);
    return 1;
}
