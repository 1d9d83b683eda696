#pragma once

#include "core/qt_records.h"
#include "goals/goal_types.h"
#include "store/device_store.h"

#include <QDateTime>
#include <QHash>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

namespace medvandrer {

class DeviceStore;
struct RecordEvent;

// «Hva er viktig for deg?»: the person's goals, steps, check-ins and reflections. Turns what the person does
// into local edits for the DeviceStore, and the store's record events into id-based signals for the models.
class GoalManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
    Q_PROPERTY(QStringList lifeAreas READ lifeAreas CONSTANT)
    Q_PROPERTY(QStringList statuses READ statuses CONSTANT)
public:
    // No default argument: Qt 6.4 constructs a default-constructible QML_SINGLETON itself and ignores create().
    explicit GoalManager(QObject *parent);

    void setDeviceStore(DeviceStore *store);
    DeviceStore *deviceStore() const { return m_store; }

    // The instance main() (or a test) owns, handed to QML.
    static void setInstance(GoalManager *instance);
    static GoalManager *create(QQmlEngine *, QJSEngine *);

    bool isLoaded() const;
    QStringList lifeAreas() const;
    QStringList statuses() const;

    std::vector<Goal> goals() const;
    std::optional<Goal> goal(const QString &id) const;
    // Stored, or created here and not yet back from the store thread: steps and check-ins may already refer to it.
    bool knownGoal(const QString &goalId) const;
    // Ordered as the person arranged them.
    std::vector<Step> steps(const QString &goalId) const;
    // Oldest first.
    std::vector<CheckIn> checkIns(const QString &goalId) const;
    // Newest first; an empty goalId gives all reflections.
    std::vector<Reflection> reflections(const QString &goalId = {}) const;

    Q_INVOKABLE QString createGoal(const QString &title, const QString &why, const QString &lifeArea);
    Q_INVOKABLE bool updateGoal(const QString &goalId, const QString &title, const QString &why,
                                const QString &lifeArea);
    Q_INVOKABLE bool setGoalStatus(const QString &goalId, const QString &status);
    Q_INVOKABLE QString addStep(const QString &goalId, const QString &title);
    Q_INVOKABLE bool renameStep(const QString &stepId, const QString &title);
    Q_INVOKABLE bool setStepDone(const QString &stepId, bool done);
    // Moves a step to a position in its goal's list; only steps whose place changes are written.
    Q_INVOKABLE bool moveStep(const QString &stepId, int newIndex);
    Q_INVOKABLE bool removeStep(const QString &stepId);
    // Three taps: the goal, a number 0–10, save. The note is optional.
    Q_INVOKABLE QString checkIn(const QString &goalId, int rating, const QString &note = {});
    // A check-in at a given time (demo data, imports); checkIn() uses now.
    QString checkInAt(const QString &goalId, int rating, const QString &note, const QDateTime &when);
    Q_INVOKABLE QString addReflection(const QString &text, const QString &goalId = {}, bool shareWithHelpers = false);
    // A reflection's parts for the edit page; empty/false for an unknown id (a new note).
    Q_INVOKABLE QString reflectionText(const QString &reflectionId) const;
    Q_INVOKABLE QString reflectionGoalId(const QString &reflectionId) const;
    Q_INVOKABLE bool reflectionShared(const QString &reflectionId) const;
    Q_INVOKABLE bool updateReflection(const QString &reflectionId, const QString &text, bool shareWithHelpers);
    Q_INVOKABLE bool removeReflection(const QString &reflectionId);

Q_SIGNALS:
    void loadedChanged();
    void goalAdded(const QString &goalId);
    void goalChanged(const QString &goalId);
    void goalRemoved(const QString &goalId);
    void stepsChanged(const QString &goalId);
    void checkInsChanged(const QString &goalId);
    void reflectionsChanged();
    // The end of one batch of record events (a sync page, the load at start): models that put off their work
    // while inUpdate() was true do it once now, instead of once per goal.
    void updateDone();
    // A write was refused (invalid input or a disk problem); the message is for the person.
    void errorOccurred(const QString &message);

public:
    // True while the signals of one batch of record events are being sent (see updateDone()).
    bool inUpdate() const { return m_inUpdate; }

private:
    void onRecordsUpdated(const std::vector<RecordEvent> &events);
    bool submit(std::vector<LocalEdit> edits);
    // submit() with the store's ticket for the write (0 when refused before it reached the store).
    quint64 submitTicket(std::vector<LocalEdit> edits);
    bool check(const std::string &kind, const LocalEdit &edit);

    Reflection reflectionById(const QString &reflectionId) const;

    // Ends a batch: updateDone(), then the lists rebuild.
    void finishUpdate();

    QPointer<DeviceStore> m_store;
    QSet<QString> m_createdGoals;
    bool m_inUpdate = false;
    // While the store takes in a long batch a slice at a time (a first sync), the lists rebuild at most every
    // 100 ms and once at the end, not once per slice: each rebuild reads every goal.
    QElapsedTimer m_sinceUpdateDone;
    bool m_updateDonePending = false;
    // New goals by the ticket of their write: a refused write (a full disk) takes the goal back out.
    QHash<quint64, QString> m_createTickets;
    // Orders handed out but perhaps not yet committed, so quick successive adds stay in order.
    QHash<QString, double> m_lastStepOrder;
};

} // namespace medvandrer
