#include "scope/scope_policy.h"

#include "protocol/error_codes.h"
#include "records/schema.h"

#include <algorithm>

namespace medvandrer::server {

namespace {

Error forbidden()
{
    return Error{std::string(errc::forbidden), "outside your scope"};
}

// A goal a record may point at: a goal of `owner` (for a consent also the owner's plan or «Om meg»). A missing goal
// and another person's goal get the same answer, so the reply says nothing about records outside the writer's scope.
Status checkGoalReference(const Record &patch, const StoredRecord *existing, ServerStorage &storage)
{
    const Json *goalId = patch.value("goalId");
    if (!goalId || !goalId->is_string() || existing)
        return {}; // immutable once stored; a wrong type is refused by validation
    auto goal = storage.loadRecord(goalId->get<std::string>());
    if (!goal)
        return goal.error();
    const bool consent = patch.kind == kinds::consent;
    const bool kindFits = *goal && ((*goal)->record.kind == kinds::goal ||
                                    (consent && isScopeRoot((*goal)->record.kind)));
    if (!kindFits || (*goal)->record.owner != patch.owner)
        return Error{std::string(errc::referenceOutsideScope),
                     consent ? "'goalId' must name a goal, plan or «Om meg» of the record's owner"
                             : "'goalId' must name a goal of the record's owner"};
    return {};
}

bool ownedBy(const Record &patch, const StoredRecord *existing, const std::string &accountId)
{
    return patch.owner == accountId && (!existing || existing->record.owner == accountId);
}

bool isBrukerKind(std::string_view kind)
{
    return kind == kinds::goal || kind == kinds::step || kind == kinds::checkIn || kind == kinds::reflection ||
           kind == kinds::consent || kind == kinds::plan || kind == kinds::about || kind == kinds::snapshot;
}

std::string fieldOr(const Record &patch, const StoredRecord *existing, const std::string &field)
{
    if (const Json *v = patch.value(field); v && v->is_string())
        return v->get<std::string>();
    if (existing)
        return existing->record.stringValue(field);
    return {};
}

} // namespace

bool Audience::includes(const std::string &accountId, Role role) const
{
    if (everyone || (koordinators && role == Role::Koordinator))
        return true;
    return std::find(accounts.begin(), accounts.end(), accountId) != accounts.end();
}

bool Audience::hidesNoteFrom(const std::string &accountId) const
{
    return std::find(withoutNote.begin(), withoutNote.end(), accountId) != withoutNote.end();
}

std::string scopeKeyOf(const Record &record)
{
    if (isScopeRoot(record.kind))
        return record.id;
    return record.stringValue("goalId");
}

bool isSharedReflection(const Record &record)
{
    if (record.kind != kinds::reflection)
        return false;
    const Json *v = record.value("shareWithHelpers");
    return v && v->is_boolean() && v->get<bool>();
}

Result<std::vector<std::string>> helpersOf(ServerStorage &storage, const std::string &owner, const std::string &goalId)
{
    std::vector<std::string> helpers;
    if (goalId.empty())
        return helpers;
    auto grants = storage.activeGrantsOn(owner, goalId);
    if (!grants)
        return grants.error();
    for (const auto &g : *grants) {
        if (std::find(helpers.begin(), helpers.end(), g.helper) == helpers.end())
            helpers.push_back(g.helper);
    }
    return helpers;
}

Result<HelperView> helperView(ServerStorage &storage, const std::string &owner, const std::string &goalId,
                              const std::string &helper)
{
    HelperView view;
    if (goalId.empty())
        return view;
    auto grants = storage.activeGrantsOn(owner, goalId);
    if (!grants)
        return grants.error();
    for (const auto &g : *grants) {
        if (g.helper != helper)
            continue;
        view.reads = true;
        view.notes = view.notes || g.includeNotes;
    }
    return view;
}

Status checkWrite(const Principal &who, const Record &patch, const StoredRecord *existing, ServerStorage &storage)
{
    const std::string &kind = patch.kind;
    if (kind == kinds::activity || kind == kinds::answer) {
        if (who.role != Role::Koordinator)
            return forbidden();
        // Any koordinator may edit the shared calendar; a new entry is owned by its author.
        if (!existing && patch.owner != who.accountId)
            return forbidden();
        return {};
    }
    if (kind == kinds::suggestion) {
        // Anonymous and append-only: nobody can touch a stored suggestion, so its existence says nothing.
        return existing ? Status{forbidden()} : Status{};
    }
    if (kind == kinds::booking)
        return ownedBy(patch, existing, who.accountId) ? Status{} : Status{forbidden()};
    if (isBrukerKind(kind)) {
        if (who.role != Role::Bruker || !ownedBy(patch, existing, who.accountId))
            return forbidden();
        // A consent shares one of the person's own goals, never someone else's.
        return kind == kinds::consent ? checkGoalReference(patch, existing, storage) : Status{};
    }
    if (kind == kinds::comment) {
        if (existing && existing->record.owner != patch.owner)
            return forbidden();
        const std::string author = fieldOr(patch, existing, "authorId");
        if (who.role == Role::Bruker && patch.owner == who.accountId) {
            // The person may delete any comment on their own goals, and write their own.
            if (patch.fields.empty() && patch.isDeleted())
                return {};
            if (author != who.accountId)
                return forbidden();
            return checkGoalReference(patch, existing, storage);
        }
        if (who.role == Role::Erfaringskonsulent && author == who.accountId) {
            if (existing && existing->record.stringValue("authorId") != who.accountId && !existing->record.isDeleted())
                return forbidden();
            const std::string goalId = existing ? existing->scope : fieldOr(patch, nullptr, "goalId");
            if (goalId.empty())
                return forbidden();
            auto grants = storage.activeGrantsOn(patch.owner, goalId);
            if (!grants)
                return grants.error();
            for (const auto &g : *grants) {
                if (g.helper == who.accountId && g.level == "comment")
                    return checkGoalReference(patch, existing, storage);
            }
        }
        return forbidden();
    }
    // Unknown kinds are refused by validation before this point; never let one through.
    return forbidden();
}

Status checkIdentity(const Principal &who, const Record &patch, const StoredRecord *existing, ServerStorage &storage)
{
    if (!existing || (existing->record.kind == patch.kind && existing->record.owner == patch.owner))
        return {};
    // Asks whether the writer may touch the stored record at all: a tombstone with no fields is the smallest write.
    Record probe;
    probe.id = existing->record.id;
    probe.kind = existing->record.kind;
    probe.owner = existing->record.owner;
    probe.deleted = Hlc{};
    if (Status may = checkWrite(who, probe, existing, storage); !may)
        return may.error().code == errc::forbidden ? Status{forbidden()} : may;
    if (existing->record.kind != patch.kind)
        return Error{std::string(errc::kindMismatch), "record exists with another kind"};
    return Error{std::string(errc::ownerMismatch), "record exists with another owner"};
}

bool isRefusal(const Error &e)
{
    return e.code == errc::forbidden || e.code == errc::kindMismatch || e.code == errc::ownerMismatch ||
           e.code == errc::referenceOutsideScope;
}

Result<Audience> audienceOf(const StoredRecord &stored, ServerStorage &storage)
{
    Audience a;
    const Record &r = stored.record;
    if (r.kind == kinds::activity || r.kind == kinds::answer) {
        a.everyone = true;
        return a;
    }
    if (r.kind == kinds::suggestion) {
        a.koordinators = true;
        return a;
    }
    a.accounts.push_back(r.owner);
    if (r.kind == kinds::booking) {
        a.koordinators = true;
        return a;
    }
    if (r.kind == kinds::consent) {
        auto g = storage.grant(r.id);
        if (!g)
            return g.error();
        if (*g && (*g)->active)
            a.accounts.push_back((*g)->helper);
        return a;
    }
    // A snapshot (the plan's history) is the owner's alone: a grant shares what the plan says now.
    const bool helpersMayRead = r.kind == kinds::goal || r.kind == kinds::step || r.kind == kinds::checkIn ||
                                r.kind == kinds::comment || r.kind == kinds::plan || r.kind == kinds::about ||
                                (r.kind == kinds::reflection && stored.shared);
    if (helpersMayRead && !stored.scope.empty()) {
        auto grants = storage.activeGrantsOn(r.owner, stored.scope);
        if (!grants)
            return grants.error();
        std::vector<std::string> withNote;
        for (const auto &g : *grants) {
            if (std::find(a.accounts.begin(), a.accounts.end(), g.helper) == a.accounts.end())
                a.accounts.push_back(g.helper);
            if (g.includeNotes)
                withNote.push_back(g.helper);
        }
        if (r.kind == kinds::checkIn) {
            for (size_t i = 1; i < a.accounts.size(); ++i) {
                if (std::find(withNote.begin(), withNote.end(), a.accounts[i]) == withNote.end())
                    a.withoutNote.push_back(a.accounts[i]);
            }
        }
    }
    return a;
}

} // namespace medvandrer::server
