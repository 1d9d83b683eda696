#include "simulation.h"

#include "final_check.h"

#include "calendar/calendar_time.h"
#include "calendar/recurrence.h"
#include "core/uuid.h"
#include "merge/merge.h"
#include "records/schema.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace medvandrer;

namespace {
const QString bruker = QStringLiteral("bruker");
const QString helper = QStringLiteral("erfaringskonsulent");
const QString koordinator = QStringLiteral("koordinator");
constexpr int dayMs = 24 * 3600 * 1000;

LocalEdit edit(std::string id, std::string_view kind, std::map<std::string, Json> values)
{
    return LocalEdit{std::move(id), std::string(kind), std::move(values), false};
}

bool isActiveConsentFor(const Record &consent, const std::string &helperId)
{
    const Json *h = consent.value("helperId");
    const Json *active = consent.value("active");
    return h && h->is_string() && h->get<std::string>() == helperId && !(active && *active == false);
}
} // namespace

SimConfig SimConfig::fromEnvironment()
{
    SimConfig c;
    auto num = [](const char *name, auto fallback) {
        bool ok = false;
        const auto v = qEnvironmentVariable(name).toDouble(&ok);
        return ok ? decltype(fallback)(v) : fallback;
    };
    bool ok = false;
    c.seed = qEnvironmentVariable("MEDVANDRER_SEED").toULongLong(&ok);
    if (!ok)
        c.seed = QRandomGenerator::system()->generate();
    c.brukere = num("MEDVANDRER_SIM_BRUKERE", c.brukere);
    c.helpers = std::max(2, num("MEDVANDRER_SIM_HELPERS", c.helpers));
    c.secondDevices = num("MEDVANDRER_SIM_SECOND_DEVICES", c.secondDevices);
    c.rounds = num("MEDVANDRER_SIM_ROUNDS", c.rounds);
    c.editsPerRound = num("MEDVANDRER_SIM_EDITS", c.editsPerRound);
    c.serverKills = num("MEDVANDRER_SIM_KILLS", c.serverKills);
    c.roundMs = num("MEDVANDRER_SIM_ROUND_MS", c.roundMs);
    c.instances = std::max(1, num("MEDVANDRER_SIM_INSTANCES", c.instances));
    return c;
}

Simulation::Simulation(SimConfig config) : m_config(config), m_rng(quint32(config.seed ^ (config.seed >> 32))) {}

Simulation::~Simulation()
{
    for (auto &d : m_devices) {
        d->store.reset();
        d->proxy.reset();
    }
}

void Simulation::fail(const QString &message)
{
    if (m_failure.isEmpty())
        m_failure = message;
}

bool Simulation::run()
{
    if (!setUp())
        return false;
    // Server kills fall on random rounds (the same ones for the same seed).
    std::set<int> killRounds;
    while (int(killRounds.size()) < std::min(m_config.serverKills, m_config.rounds))
        killRounds.insert(1 + int(m_rng.bounded(quint32(std::max(1, m_config.rounds - 1)))));
    for (int round = 0; round < m_config.rounds && m_failure.isEmpty(); ++round) {
        networkEvents();
        for (int i = 0; i < m_config.editsPerRound; ++i)
            randomEdit();
        if (killRounds.count(round)) {
            if (m_otherInstances.empty())
                killServer();
            else
                killInstance();
            if (m_database)
                restartDatabase();
        }
        QTest::qWait(m_config.roundMs);
    }
    if (!m_failure.isEmpty())
        return false;
    if (!quiesce())
        return false;

    // Close every device (the stores flush and let go of their files) and stop the server gracefully.
    std::vector<FinalCheck::DeviceFile> files;
    int cuts = 0, replays = 0, connections = 0;
    for (auto &d : m_devices) {
        cuts += d->proxy->cuts();
        replays += d->proxy->replays();
        connections += d->proxy->connections();
        d->store.reset();
        d->proxy.reset();
        files.push_back({d->index, d->account, QDir(d->dir).filePath(QStringLiteral("device.db")).toStdString(),
                         m_ownSuggestions[d->index]});
    }
    for (auto &other : m_otherInstances)
        other->stop();
    m_server->stop();

    FinalCheck check(m_accounts, m_expected, m_suggestionTexts);
    const bool ok = check.run(m_server->storageSpec(), files);
    int edits = 0, rejected = 0;
    for (auto &d : m_devices) {
        edits += d->edits;
        rejected += d->rejected;
    }
    m_summary = QStringLiteral("seed=%1 devices=%2 accounts=%3 edits=%4 rejected=%5 records=%6 server-kills=%7 "
                               "restarts=%8 offline-periods=%9 connections=%10 cuts=%11 replayed-pushes=%12 %13 engine=%14 db-restarts=%15 "
                               "instances=%16 instance-kills=%17")
                    .arg(m_config.seed)
                    .arg(m_devices.size())
                    .arg(m_accounts.size())
                    .arg(edits)
                    .arg(rejected)
                    .arg(m_expected.size())
                    .arg(m_kills)
                    .arg(m_restarts)
                    .arg(m_offlinePeriods)
                    .arg(connections)
                    .arg(cuts)
                    .arg(replays)
                    .arg(QString::fromStdString(check.stats()))
                    .arg(m_database ? QStringLiteral("postgresql") : QStringLiteral("sqlite"))
                    .arg(m_databaseRestarts)
                    .arg(1 + m_otherInstances.size())
                    .arg(m_instanceKills);
    if (!ok)
        fail(QString::fromStdString(check.firstProblem()));
    return ok;
}

bool Simulation::setUp()
{
    m_server = std::make_unique<SimServer>(m_tmp.filePath(QStringLiteral("server")));
    if (qEnvironmentVariable("MEDVANDRER_SIM_ENGINE") == QLatin1String("postgresql")) {
        // A PostgreSQL of the run's own, restarted (crashed, even) during the kill rounds.
        m_database = medvandrer::testing::PgCluster::start(m_tmp.filePath(QStringLiteral("pg")).toStdString());
        if (!m_database || !m_database->createDatabase("sim")) {
            fail(QStringLiteral("could not start PostgreSQL"));
            return false;
        }
        m_server->setDatabaseUrl(QString::fromStdString(m_database->url("sim")));
    }
    if (!m_server->initialise(QStringLiteral("koord"), QLatin1String(password)) || !m_server->serve()) {
        fail(m_server->error());
        return false;
    }
    if (m_config.instances > 1 && !m_database) {
        fail(QStringLiteral("several instances need MEDVANDRER_SIM_ENGINE=postgresql"));
        return false;
    }
    for (int i = 1; i < m_config.instances; ++i) {
        auto other = std::make_unique<SimServer>(m_tmp.filePath(QStringLiteral("server%1").arg(i + 1)));
        other->setDatabaseUrl(QString::fromStdString(m_database->url("sim")));
        QDir().mkpath(other->dataDir());
        if (!other->serve()) {
            fail(other->error());
            return false;
        }
        m_otherInstances.push_back(std::move(other));
    }
    m_accounts.push_back({QStringLiteral("koord"), koordinator, {}});
    for (int i = 0; i < m_config.helpers; ++i)
        m_accounts.push_back({QStringLiteral("helper%1").arg(i + 1), helper, {}});
    for (int i = 0; i < m_config.brukere; ++i)
        m_accounts.push_back({QStringLiteral("bruker%1").arg(i + 1), bruker, {}});

    // One device per account, then second devices for some brukere and helpers; clocks from −2 days to +1 h.
    std::vector<int> owners;
    for (int a = 0; a < int(m_accounts.size()); ++a)
        owners.push_back(a);
    for (int i = 0; i < m_config.secondDevices; ++i)
        owners.push_back(1 + (m_config.helpers + i) % (int(m_accounts.size()) - 1));
    owners.push_back(0); // a second koordinator phone: times and recurrences edited from two places at once
    for (int owner : owners) {
        auto d = std::make_unique<Device>();
        d->index = int(m_devices.size());
        d->account = owner;
        d->dir = m_tmp.filePath(QStringLiteral("device%1").arg(d->index));
        d->skewMs = qint64(m_rng.bounded(2 * dayMs + 3600 * 1000)) - 2 * qint64(dayMs);
        d->proxy = std::make_unique<FaultProxy>(m_rng.generate());
        if (!d->proxy->listen()) {
            fail(QStringLiteral("proxy could not listen"));
            return false;
        }
        d->proxy->setUpstreamPorts(livePorts());
        m_devices.push_back(std::move(d));
    }
    for (auto &d : m_devices)
        openStore(*d, true);
    if (!QTest::qWaitFor([&] { return std::all_of(m_devices.begin(), m_devices.end(), [](auto &d) {
                             return d->store->isLoaded();
                         }); },
                         30000)) {
        fail(QStringLiteral("device stores did not open"));
        return false;
    }
    if (!signIn())
        return false;
    FaultProxy::Faults faults;
    faults.cutChance = m_config.cutChance;
    faults.replayChance = m_config.replayChance;
    for (auto &d : m_devices)
        d->proxy->setFaults(faults);
    return true;
}

bool Simulation::signIn()
{
    auto url = [](Device &d) { return QStringLiteral("ws://127.0.0.1:%1/sync").arg(d.proxy->port()); };
    std::set<int> registered;
    for (auto &d : m_devices) {
        Account &a = m_accounts[size_t(d->account)];
        if (a.role == koordinator) {
            d->store->login(url(*d), a.username, QLatin1String(password));
            registered.insert(d->account);
        } else if (!registered.count(d->account)) {
            const QString code = m_server->invite(a.role);
            if (code.isEmpty()) {
                fail(QStringLiteral("invite failed: %1").arg(m_server->error()));
                return false;
            }
            d->store->registerAccount(url(*d), code, a.username, QLatin1String(password), a.username);
            registered.insert(d->account);
        }
    }
    auto firstDevicesIn = [&] {
        for (auto &a : m_accounts) {
            bool in = false;
            for (auto &d : m_devices)
                in = in || (m_accounts[size_t(d->account)].username == a.username && d->store->session().hasToken);
            if (!in)
                return false;
        }
        return true;
    };
    if (!QTest::qWaitFor(firstDevicesIn, 60000)) {
        fail(QStringLiteral("not every account could register"));
        return false;
    }
    for (auto &d : m_devices) {
        if (!d->store->session().hasToken)
            d->store->login(url(*d), m_accounts[size_t(d->account)].username, QLatin1String(password));
    }
    if (!waitAllSynced(60000)) {
        fail(QStringLiteral("not every device could sign in"));
        return false;
    }
    for (auto &d : m_devices)
        m_accounts[size_t(d->account)].id = d->store->session().accountId.toStdString();
    return true;
}

void Simulation::openStore(Device &d, bool online)
{
    d.store = std::make_unique<DeviceStore>(d.dir);
    DeviceStore *store = d.store.get();
    QObject::connect(store, &DeviceStore::applied, store, [this, &d](quint64 ticket) { onApplied(d, ticket); });
    QObject::connect(store, &DeviceStore::applyFailed, store,
                     [&d](quint64 ticket, const QString &) { d.tickets.erase(ticket); });
    QObject::connect(store, &DeviceStore::changesRejected, store, [&d](int count, const QString &message) {
        d.rejected += count;
        qDebug("device %d: %d change(s) rejected (%s)", d.index, count, qPrintable(message));
    });
    store->setClockSkew(d.skewMs);
    store->open(online);
}

void Simulation::onApplied(Device &d, quint64 ticket)
{
    auto it = d.tickets.find(ticket);
    if (it == d.tickets.end())
        return;
    const Device::Pending pending = std::move(it->second);
    d.tickets.erase(it);
    for (const LocalEdit &e : pending.edits) {
        if (e.kind == kinds::suggestion) {
            m_suggestionTexts.insert(e.values.at("text").get<std::string>());
            m_ownSuggestions[d.index].insert(e.id);
            continue;
        }
        Expected &x = m_expected[e.id];
        // A refused activity change leaves the activity as it was; only the fields it wrote are in doubt.
        const bool refusableFields = pending.mayReject && e.kind == kinds::activity;
        x.mayReject = x.mayReject || (pending.mayReject && !refusableFields);
        if (e.remove) {
            x.deleted = true;
            if (x.state.id.empty()) {
                x.state.id = e.id;
                x.state.kind = e.kind;
            }
            continue;
        }
        // The local merged record holds the stamps the store thread gave this edit.
        const Record *local = d.store->record(e.id);
        if (!local)
            continue; // deleted here in the meantime: the tombstone wins anyway
        Record patch;
        patch.id = local->id;
        patch.kind = local->kind;
        patch.owner = local->owner;
        patch.originDevice = local->originDevice;
        for (const auto &[name, value] : e.values) {
            auto f = local->fields.find(name);
            if (f != local->fields.end())
                patch.fields[name] = f->second;
        }
        for (const auto &[name, f] : patch.fields) {
            if (e.kind == kinds::activity)
                x.written[name].push_back(f);
            if (refusableFields)
                x.refusable.insert(name);
        }
        if (!x.hasContent) {
            Record base = patch;
            base.fields.clear();
            x.state = base;
            x.hasContent = true;
        }
        merge(x.state, patch);
    }
}

void Simulation::randomEdit()
{
    Device &d = *m_devices[m_rng.bounded(quint32(m_devices.size()))];
    if (!d.store || !d.store->isLoaded())
        return;
    auto op = editFor(d);
    if (!op || op->edits.empty())
        return;
    ++d.edits;
    const std::vector<LocalEdit> edits = op->edits;
    const quint64 ticket = d.store->apply(edits);
    d.tickets[ticket] = Device::Pending{std::move(op->edits), op->mayReject};
}

std::vector<const Record *> Simulation::live(Device &d, std::string_view kind, bool ownOnly)
{
    std::vector<const Record *> out;
    const std::string me = m_accounts[size_t(d.account)].id;
    for (const Record *r : d.store->records(kind)) {
        if (!r->isDeleted() && (!ownOnly || r->owner == me))
            out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](auto *a, auto *b) { return a->id < b->id; });
    return out;
}

std::string Simulation::text(Device &d, const char *what)
{
    return std::string(what) + " d" + std::to_string(d.index) + " #" + std::to_string(++m_counter);
}

std::optional<Simulation::Op> Simulation::editFor(Device &d)
{
    const QString &role = m_accounts[size_t(d.account)].role;
    if (role == koordinator)
        return koordinatorEdit(d);
    if (role == helper)
        return helperEdit(d);
    return brukerEdit(d);
}

std::optional<Simulation::Op> Simulation::brukerEdit(Device &d)
{
    const std::string me = m_accounts[size_t(d.account)].id;
    const auto goals = live(d, kinds::goal, true);
    const quint32 roll = m_rng.bounded(100u);
    static const std::vector<std::string> statuses{"active", "paused", "achieved", "archived"};
    static const std::vector<std::string> areas{"bolig", "arbeid_utdanning", "helse", "fritid_aktivitet", "annet"};
    if (goals.empty() || roll < 12) {
        return Op{{edit(newUuid(), kinds::goal,
                        {{"title", text(d, "goal")},
                         {"status", "active"},
                         {"lifeArea", pick(areas)},
                         {"createdAt", nowDateTime()}})}};
    }
    const Record *goal = pick(goals);
    if (roll < 22) {
        switch (m_rng.bounded(3u)) {
        case 0:
            return Op{{edit(goal->id, kinds::goal, {{"title", text(d, "goal")}})}};
        case 1:
            return Op{{edit(goal->id, kinds::goal, {{"status", pick(statuses)}})}};
        default:
            return Op{{edit(goal->id, kinds::goal, {{"why", text(d, "why")}})}};
        }
    }
    if (roll < 24) {
        LocalEdit del = edit(goal->id, kinds::goal, {});
        del.remove = true;
        return Op{{del}};
    }
    if (roll < 34) {
        return Op{{edit(newUuid(), kinds::step,
                        {{"goalId", goal->id}, {"title", text(d, "step")}, {"done", false},
                         {"order", double(m_rng.bounded(100u))}})}};
    }
    if (roll < 42) {
        const auto steps = live(d, kinds::step, true);
        if (steps.empty())
            return std::nullopt;
        const Record *step = pick(steps);
        if (m_rng.bounded(6u) == 0) {
            LocalEdit del = edit(step->id, kinds::step, {});
            del.remove = true;
            return Op{{del}};
        }
        if (m_rng.bounded(2u) == 0)
            return Op{{edit(step->id, kinds::step, {{"done", bool(m_rng.bounded(2u))}})}};
        return Op{{edit(step->id, kinds::step, {{"title", text(d, "step")}})}};
    }
    if (roll < 50) {
        return Op{{edit(newUuid(), kinds::checkIn,
                        {{"goalId", m_rng.bounded(4u) == 0 ? Json(nullptr) : Json(goal->id)},
                         {"rating", int(m_rng.bounded(11u))},
                         {"note", text(d, "note")},
                         {"date", todayDate()},
                         {"createdAt", nowDateTime()}})}};
    }
    if (roll < 57) {
        const auto reflections = live(d, kinds::reflection, true);
        if (reflections.empty() || m_rng.bounded(2u) == 0) {
            return Op{{edit(newUuid(), kinds::reflection,
                            {{"text", text(d, "reflection")},
                             {"goalId", goal->id},
                             {"date", todayDate()},
                             {"shareWithHelpers", bool(m_rng.bounded(2u))}})}};
        }
        const Record *r = pick(reflections);
        if (m_rng.bounded(2u) == 0)
            return Op{{edit(r->id, kinds::reflection, {{"shareWithHelpers", bool(m_rng.bounded(2u))}})}};
        return Op{{edit(r->id, kinds::reflection, {{"text", text(d, "reflection")}})}};
    }
    if (roll < 68) {
        const auto consents = live(d, kinds::consent, true);
        std::vector<std::string> helpers;
        for (auto &a : m_accounts) {
            if (a.role == helper)
                helpers.push_back(a.id);
        }
        if (consents.empty() || m_rng.bounded(3u) == 0) {
            return Op{{edit(newUuid(), kinds::consent,
                            {{"helperId", pick(helpers)},
                             {"goalId", goal->id},
                             {"level", m_rng.bounded(3u) == 0 ? "read" : "comment"},
                             {"active", true},
                             {"includeNotes", m_rng.bounded(2u) == 0}})}};
        }
        const Record *c = pick(consents);
        switch (m_rng.bounded(6u)) {
        case 0:
        case 1:
            return Op{{edit(c->id, kinds::consent, {{"active", bool(m_rng.bounded(3u) != 0)}})}};
        case 2:
            return Op{{edit(c->id, kinds::consent, {{"level", m_rng.bounded(2u) == 0 ? "read" : "comment"}})}};
        case 3:
        case 4:
            // Notes shared or taken back: the helper's devices must gain or lose them (evict and re-send).
            return Op{{edit(c->id, kinds::consent, {{"includeNotes", bool(m_rng.bounded(2u))}})}};
        default: {
            LocalEdit del = edit(c->id, kinds::consent, {});
            del.remove = true;
            return Op{{del}};
        }
        }
    }
    if (roll < 75) {
        return Op{{edit(newUuid(), kinds::comment,
                        {{"goalId", goal->id}, {"authorId", me}, {"text", text(d, "comment")},
                         {"createdAt", nowDateTime()}})}};
    }
    if (roll < 89)
        return bookingEdit(d);
    if (roll < 93)
        return careEdit(d);
    return suggestionEdit(d);
}

std::optional<Simulation::Op> Simulation::careEdit(Device &d)
{
    // The plan for hard days or «Om meg»: written (with its snapshot, as the app saves), edited section by section
    // from several devices, shared read only with a helper and taken back.
    const bool isPlan = m_rng.bounded(2u) == 0;
    const std::string_view kind = isPlan ? kinds::plan : kinds::about;
    static const std::vector<std::string> planFields{"signs", "selfHelp", "distractions", "professional",
                                                     "safety", "meetMe", "after"};
    static const std::vector<std::string> aboutFields{"calledName", "matters", "helps", "avoid", "meetMe", "people"};
    const auto mine = live(d, kind, true);
    const auto withSnapshot = [&](const std::string &id, std::map<std::string, Json> values) {
        Json body = Json::object();
        for (const auto &[k, v] : values)
            body[k] = v;
        return Op{{edit(id, kind, values),
                   edit(newUuid(), kinds::snapshot,
                        {{"recordId", id}, {"ofKind", std::string(kind)}, {"body", body.dump()}, {"savedAt", nowDateTime()}})}};
    };
    if (mine.empty()) {
        return withSnapshot(newUuid(), {{isPlan ? "signs" : "calledName", text(d, "care")}, {"createdAt", nowDateTime()}});
    }
    const Record *doc = mine.front();
    if (m_rng.bounded(5u) < 3)
        return withSnapshot(doc->id, {{pick(isPlan ? planFields : aboutFields), text(d, "care")}});
    std::vector<const Record *> shares;
    for (const Record *c : live(d, kinds::consent, true)) {
        if (c->stringValue("goalId") == doc->id)
            shares.push_back(c);
    }
    if (shares.empty() || m_rng.bounded(2u) == 0) {
        std::vector<std::string> helpers;
        for (auto &a : m_accounts) {
            if (a.role == helper)
                helpers.push_back(a.id);
        }
        return Op{{edit(newUuid(), kinds::consent,
                        {{"helperId", pick(helpers)}, {"goalId", doc->id}, {"level", "read"}, {"active", true}})}};
    }
    const Record *c = pick(shares);
    return Op{{edit(c->id, kinds::consent, {{"active", bool(m_rng.bounded(2u))}})}};
}

std::optional<Simulation::Op> Simulation::helperEdit(Device &d)
{
    const std::string me = m_accounts[size_t(d.account)].id;
    const quint32 roll = m_rng.bounded(100u);
    if (roll < 60) {
        // Comment on a goal shared with this helper at level "comment", as far as this device knows.
        std::vector<std::string> goals;
        for (const Record *c : live(d, kinds::consent)) {
            const Json *level = c->value("level");
            const Json *goalId = c->value("goalId");
            if (isActiveConsentFor(*c, me) && level && *level == "comment" && goalId && goalId->is_string())
                goals.push_back(goalId->get<std::string>());
        }
        if (goals.empty())
            return std::nullopt;
        const std::string goal = pick(goals);
        if (!d.store->record(goal))
            return std::nullopt;
        return Op{{edit(newUuid(), kinds::comment,
                        {{"goalId", goal}, {"authorId", me}, {"text", text(d, "helper comment")},
                         {"createdAt", nowDateTime()}})},
                  true};
    }
    if (roll < 90)
        return bookingEdit(d);
    return suggestionEdit(d);
}

std::optional<Simulation::Op> Simulation::bookingEdit(Device &d)
{
    const auto mine = live(d, kinds::booking, true);
    if (!mine.empty() && m_rng.bounded(2u) == 0) {
        const Record *b = pick(mine);
        const std::string status = b->stringValue("status");
        if (status == "offered")
            return Op{{edit(b->id, kinds::booking, {{"acceptOffer", m_rng.bounded(4u) != 0}})}, true};
        if (status == "confirmed" || status == "waitlisted")
            return Op{{edit(b->id, kinds::booking, {{"wantsCancel", true}})}, true};
    }
    // A session of an activity as this device sees it: after a koordinator moved it, a stale view books a time
    // that is no session any more (refused), a fresh one books the new time.
    const auto activities = live(d, kinds::activity);
    if (activities.empty())
        return std::nullopt;
    const Record *a = pick(activities);
    const auto times = calendar::activityTimes(*a);
    if (!times)
        return std::nullopt;
    const int index = int(m_rng.bounded(quint32(times->recurrenceWeeks + 1)));
    return Op{{edit(newUuid(), kinds::booking,
                    {{"activityId", a->id},
                     {"sessionStart", calendar::formatUtc(calendar::sessionStartMs(*times, index))},
                     {"status", "requested"},
                     {"requestedAt", nowDateTime()}})},
              true};
}

std::optional<Simulation::Op> Simulation::suggestionEdit(Device &d)
{
    static const std::vector<std::string> categories{"works", "missing", "idea"};
    return Op{{edit(newUuid(), kinds::suggestion, {{"category", pick(categories)}, {"text", text(d, "suggestion")}})}};
}

std::optional<Simulation::Op> Simulation::koordinatorEdit(Device &d)
{
    const std::string me = m_accounts[size_t(d.account)].id;
    const quint32 roll = m_rng.bounded(100u);
    const auto activities = live(d, kinds::activity);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Whole or half hours a few days ahead, so booking is open; now and then one that is going on right now (this
    // week's or last week's session), so attendance can be marked and undone.
    auto someStart = [&] {
        QDateTime start = now.addDays(1 + m_rng.bounded(6u));
        start.setTime(QTime(start.time().hour(), m_rng.bounded(2u) == 0 ? 0 : 30));
        if (m_rng.bounded(4u) == 0)
            start = now.addSecs(-1800).addDays(m_rng.bounded(2u) == 0 ? 0 : -7);
        return start;
    };
    auto times = [](const QDateTime &start) -> std::map<std::string, Json> {
        return {{"start", start.toString(Qt::ISODate).toStdString()},
                {"end", start.addSecs(3600).toString(Qt::ISODate).toStdString()}};
    };
    if (activities.empty() || roll < 20) {
        QDateTime start = now.addDays(2 + m_rng.bounded(5u));
        start.setTime(QTime(start.time().hour(), 0));
        auto values = times(start);
        values.insert({{"title", text(d, "activity")},
                       {"organiserKind", "kommune"},
                       {"capacity", int(1 + m_rng.bounded(3u))},
                       {"recurrenceWeeks", int(m_rng.bounded(4u))},
                       {"tags", Json::array({"rusfritt"})}});
        return Op{{edit(newUuid(), kinds::activity, std::move(values))}};
    }
    const Record *a = pick(activities);
    if (roll < 38)
        return Op{{edit(a->id, kinds::activity, {{"title", text(d, "activity")}})}};
    if (roll < 50) // refused when below the seats already held
        return Op{{edit(a->id, kinds::activity, {{"capacity", int(1 + m_rng.bounded(4u))}})}, true};
    if (roll < 52)
        return Op{{edit(a->id, kinds::activity, {{"cancelled", true}})}};
    // Moving the time or the series moves the bookings (issue 19); refused only if it would overbook.
    if (roll < 64)
        return Op{{edit(a->id, kinds::activity, times(someStart()))}, true};
    if (roll < 71)
        return Op{{edit(a->id, kinds::activity, {{"recurrenceWeeks", int(m_rng.bounded(4u))}})}, true};
    if (roll < 75) {
        // Cancel one session, as this device sees the series.
        const auto t = calendar::activityTimes(*a);
        if (!t)
            return std::nullopt;
        Json list = a->value("cancelledSessions") ? *a->value("cancelledSessions") : Json::array();
        list.push_back(calendar::formatUtc(calendar::sessionStartMs(*t, int(m_rng.bounded(quint32(t->recurrenceWeeks + 1))))));
        return Op{{edit(a->id, kinds::activity, {{"cancelledSessions", list}})}, true};
    }
    // Mark someone's booking attended, or undo it (refused outside the attendance window).
    const bool undo = roll >= 90;
    std::vector<const Record *> candidates;
    for (const Record *b : live(d, kinds::booking)) {
        if (b->owner != me && b->stringValue("status") == (undo ? "attended" : "confirmed"))
            candidates.push_back(b);
    }
    if (candidates.empty())
        return std::nullopt;
    return Op{{edit(pick(candidates)->id, kinds::booking, {{"status", undo ? "confirmed" : "attended"}})}, true};
}

void Simulation::networkEvents()
{
    for (auto &dp : m_devices) {
        Device &d = *dp;
        if (d.offlineRounds > 0) {
            if (--d.offlineRounds == 0) {
                d.proxy->setOnline(true);
                d.store->setSyncEnabled(true);
            }
            continue;
        }
        if (m_rng.generateDouble() < m_config.offlineChance) {
            ++m_offlinePeriods;
            d.offlineRounds = 1 + int(m_rng.bounded(10u));
            // Half the time the person switches to offline, half the time the network goes away.
            if (m_rng.bounded(2u) == 0)
                d.store->setSyncEnabled(false);
            else
                d.proxy->setOnline(false);
        } else if (m_rng.generateDouble() < m_config.restartChance) {
            restartDevice(d);
        }
    }
}

void Simulation::restartDevice(Device &d)
{
    // Let the edits already handed to the store thread report back, so the driver knows what was written.
    if (!QTest::qWaitFor([&] { return d.tickets.empty(); }, 10000))
        fail(QStringLiteral("device %1: edits not committed after 10 s").arg(d.index));
    ++m_restarts;
    d.store.reset();
    openStore(d, true);
    if (!QTest::qWaitFor([&] { return d.store->isLoaded(); }, 10000))
        fail(QStringLiteral("device %1 did not reopen its store").arg(d.index));
}

void Simulation::killServer()
{
    ++m_kills;
    m_server->kill();
    for (auto &d : m_devices)
        d->proxy->setUpstreamPort(0);
    // Devices keep editing while the server is down.
    for (int i = 0; i < m_config.editsPerRound; ++i)
        randomEdit();
    QTest::qWait(int(m_rng.bounded(800u)));
    if (!m_server->serve()) {
        fail(QStringLiteral("the server did not come back after SIGKILL: %1").arg(m_server->error()));
        return;
    }
    for (auto &d : m_devices)
        d->proxy->setUpstreamPort(m_server->port());
}

std::vector<quint16> Simulation::livePorts() const
{
    std::vector<quint16> ports;
    if (m_server->isRunning())
        ports.push_back(m_server->port());
    for (const auto &other : m_otherInstances)
        if (other->isRunning())
            ports.push_back(other->port());
    return ports;
}

void Simulation::pointProxiesAtLiveInstances()
{
    const auto ports = livePorts();
    for (auto &d : m_devices)
        d->proxy->setUpstreamPorts(ports);
}

void Simulation::killInstance()
{
    ++m_instanceKills;
    const quint32 which = m_rng.bounded(quint32(1 + m_otherInstances.size()));
    SimServer &victim = which == 0 ? *m_server : *m_otherInstances[which - 1];
    victim.kill();
    // Its devices lose their connections and come back through the others; new connections avoid it meanwhile.
    pointProxiesAtLiveInstances();
    for (int i = 0; i < m_config.editsPerRound; ++i)
        randomEdit();
    QTest::qWait(int(m_rng.bounded(800u)));
    if (!victim.serve()) {
        fail(QStringLiteral("instance %1 did not come back after SIGKILL: %2").arg(which + 1).arg(victim.error()));
        return;
    }
    pointProxiesAtLiveInstances();
}

void Simulation::restartDatabase()
{
    ++m_databaseRestarts;
    // An immediate stop is a crash: PostgreSQL recovers from its WAL on start. The server stays up, answers
    // "unavailable" meanwhile and reconnects; devices keep editing and retry.
    if (!m_database->stopServer(true)) {
        fail(QStringLiteral("PostgreSQL did not stop"));
        return;
    }
    for (int i = 0; i < m_config.editsPerRound; ++i)
        randomEdit();
    QTest::qWait(300 + int(m_rng.bounded(700u)));
    if (!m_database->startServer())
        fail(QStringLiteral("PostgreSQL did not come back"));
}

bool Simulation::waitAllSynced(int ms)
{
    return QTest::qWaitFor(
        [&] {
            return std::all_of(m_devices.begin(), m_devices.end(), [](auto &d) {
                return d->tickets.empty() && d->store->syncState() == SyncState::UpToDate &&
                       d->store->pendingCount() == 0;
            });
        },
        ms);
}

bool Simulation::quiesce()
{
    for (auto &d : m_devices) {
        d->proxy->setFaults({});
        d->proxy->setOnline(true);
        d->offlineRounds = 0;
    }
    // Server-decided booking changes (offers running out) keep coming for a while: sync until none is open.
    for (int pass = 0; pass < 40; ++pass) {
        for (auto &d : m_devices) {
            // Off and on again: a fresh connection, a fresh pull, and no backoff left over.
            d->store->setSyncEnabled(false);
            d->store->setSyncEnabled(true);
        }
        if (!waitAllSynced(60000)) {
            QStringList stuck;
            for (auto &d : m_devices) {
                if (d->store->syncState() != SyncState::UpToDate || d->store->pendingCount() > 0)
                    stuck << QStringLiteral("device %1 (state %2, %3 pending)")
                                 .arg(d->index)
                                 .arg(int(d->store->syncState()))
                                 .arg(d->store->pendingCount());
            }
            fail(QStringLiteral("devices did not settle: %1").arg(stuck.join(QStringLiteral(", "))));
            return false;
        }
        const int open = FinalCheck::openOffers(m_server->storageSpec());
        if (open == 0 && pass > 0)
            break;
        QTest::qWait(open > 0 ? (m_server->offerSeconds() * 1000 + 700) : 500);
    }
    // Live frames from the last changes settle.
    QTest::qWait(500);
    return waitAllSynced(30000);
}
