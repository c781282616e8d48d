#include "CredentialStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

// The real keychain: ctest runs this suite twice, once inside dbus-run-session with
// gnome-keyring unlocked (TOKENADMIN_KEYCHAIN=present), once with no session bus at all
// (TOKENADMIN_KEYCHAIN=absent). No mocks.
class TestCredentialStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void withoutKeychainNothingIsStored();
    void callbackSkippedWhenContextDies();

private:
    using Result = CredentialStore::Result;
    Result wait(const std::function<void(CredentialStore::Callback)> &start);

    bool m_present = false;
    QString m_service;
};

void TestCredentialStore::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_credentialstore"));
    const QString mode = qEnvironmentVariable("TOKENADMIN_KEYCHAIN");
    QVERIFY2(mode == QLatin1String("present") || mode == QLatin1String("absent"),
             "set TOKENADMIN_KEYCHAIN to present or absent");
    m_present = mode == QLatin1String("present");
    m_service = QStringLiteral("Token Admin test %1").arg(QUuid::createUuid().toString());
}

TestCredentialStore::Result
TestCredentialStore::wait(const std::function<void(CredentialStore::Callback)> &start) {
    Result result;
    bool done = false;
    start([&](const Result &r) {
        result = r;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    return result;
}

void TestCredentialStore::roundTrip() {
    if (!m_present)
        QSKIP("runs with a keychain");
    CredentialStore store(m_service);
    const QString id = QStringLiteral("saved:%1").arg(QUuid::createUuid().toString());
    const QString token = QStringLiteral("mgmt-token-%1").arg(QUuid::createUuid().toString());

    Result result = wait([&](auto done) { store.read(id, this, done); });
    QCOMPARE(result.status, Result::Status::NotFound);

    result = wait([&](auto done) { store.write(id, token, this, done); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = wait([&](auto done) { store.read(id, this, done); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.token, token);

    // One entry per connection: another connection's entry is separate.
    const QString other = QStringLiteral("influxctl:default");
    result = wait([&](auto done) { store.write(other, QStringLiteral("other"), this, done); });
    QVERIFY(result.ok());
    result = wait([&](auto done) { store.read(id, this, done); });
    QCOMPARE(result.token, token);

    result = wait([&](auto done) { store.remove(id, this, done); });
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = wait([&](auto done) { store.read(id, this, done); });
    QCOMPARE(result.status, Result::Status::NotFound);
    QVERIFY(result.token.isEmpty());
    result = wait([&](auto done) { store.read(other, this, done); });
    QCOMPARE(result.token, QStringLiteral("other"));
    wait([&](auto done) { store.remove(other, this, done); });
}

void TestCredentialStore::withoutKeychainNothingIsStored() {
    if (m_present)
        QSKIP("runs without a keychain");
    CredentialStore store(m_service);
    const QString id = QStringLiteral("saved:%1").arg(QUuid::createUuid().toString());
    const QString token = QStringLiteral("mgmt-token-%1").arg(QUuid::createUuid().toString());

    Result result = wait([&](auto done) { store.write(id, token, this, done); });
    QVERIFY(!result.ok());
    QVERIFY2(result.status == Result::Status::NoKeychain || result.status == Result::Status::Failed,
             qPrintable(result.message));
    const QString said = CredentialStore::describe(result);
    QVERIFY2(said.contains(QLatin1String("kept in memory")), qPrintable(said));
    qInfo("Without a keychain the user reads: %s", qPrintable(said));
    result = wait([&](auto done) { store.read(id, this, done); });
    QVERIFY(!result.ok());
    QVERIFY(result.token.isEmpty());

    // No plaintext fallback: the token is in no file under HOME or the settings.
    QSettings().sync();
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
    }
}

void TestCredentialStore::callbackSkippedWhenContextDies() {
    CredentialStore store(m_service);
    auto *context = new QObject;
    bool called = false;
    store.read(QStringLiteral("saved:none"), context, [&](const Result &) { called = true; });
    delete context;
    // A later job on a live context finishes; by then the first has finished too.
    wait([&](auto done) { store.read(QStringLiteral("saved:none"), this, done); });
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_CredentialStore.moc"
