#include "SandboxThread.h"

#include "MainWindow.h"
#include "ManagementApi.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

namespace {

// The longest the GUI thread went without running a timer that should tick every 2 ms: how
// long the window stayed frozen.
class StallMeter : public QObject {
public:
    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = qMax(m_longest, m_clock.restart()); });
    }
    void start() {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop() {
        m_timer.stop();
        return qMax(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

// token-admin --sandbox runs its sandbox through SandboxThread: the answers are written on
// that thread, never on the window's.
class tst_SandboxThread : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void servesFromItsOwnThread();
    void startsOnce();
    void refreshOf100000TokensLeavesTheWindowResponsive();
};

// Asked with a blocking socket, this thread runs no event loop until the answer is in: only a
// sandbox serving from another thread can answer at all.
void tst_SandboxThread::servesFromItsOwnThread() {
    SandboxThread sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    const Endpoint endpoint = sandbox.endpoint();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(endpoint.apiUrl.port()));
    QVERIFY(socket.waitForConnected(10'000));
    socket.write("GET " + endpoint.tokensUrl().path(QUrl::FullyEncoded).toUtf8() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                 endpoint.managementToken.toUtf8() + "\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(10'000));
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10'000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());

    // And through the real client, as the window asks.
    QNetworkAccessManager network;
    ManagementApi api(&network, endpoint);
    std::optional<ApiResult<TokenList>> result;
    api.listTokens(this, [&](const ApiResult<TokenList> &listed) { result = listed; });
    QTRY_VERIFY(result);
    QVERIFY2(result->ok(), qPrintable(errorText(result->error)));
    QVERIFY(!result->value.tokens.isEmpty());
}

void tst_SandboxThread::startsOnce() {
    SandboxThread sandbox;
    QString error;
    QVERIFY(!sandbox.isStarted());
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    const Endpoint first = sandbox.endpoint();
    QVERIFY(!sandbox.start({}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(sandbox.endpoint().apiUrl, first.apiUrl);
}

// The figure the window's smoothness rests on; printed, not checked (timings vary by machine).
void tst_SandboxThread::refreshOf100000TokensLeavesTheWindowResponsive() {
    constexpr int Count = 100'000;
    SandboxThread sandbox;
    SandboxOptions options;
    options.generatedTokens = Count;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));

    QNetworkAccessManager network;
    MainWindow window;
    window.resize(1000, 700);
    window.openSession(new TokenSession(&network, sandbox.endpoint()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TokenSession *session = window.session();
    QTRY_COMPARE_WITH_TIMEOUT(session->model()->rowCount(), Count, 60'000);
    QTRY_VERIFY(!session->isBusy());

    auto *refresh = window.findChild<QPushButton *>(QStringLiteral("refreshButton"));
    QVERIFY(refresh);
    qint64 worstStall = 0;
    qint64 worstRefresh = 0;
    for (int run = 0; run < 3; ++run) {
        QSignalSpy refreshed(session, &TokenSession::refreshed);
        StallMeter meter;
        QElapsedTimer clock;
        meter.start();
        clock.start();
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 60'000);
        QTRY_VERIFY(!session->isBusy());
        worstRefresh = qMax(worstRefresh, clock.elapsed());
        worstStall = qMax(worstStall, meter.stop());
        QCOMPARE(session->model()->rowCount(), Count);
    }
    qInfo("refresh of %d tokens in the window, sandbox on its own thread: longest GUI-thread "
          "stall %lld ms, refresh %lld ms (worst of 3)",
          Count, worstStall, worstRefresh);
}

QTEST_MAIN(tst_SandboxThread)
#include "tst_SandboxThread.moc"
