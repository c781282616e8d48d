// The concealed clipboard clears a copied secret after its delay or when the program quits,
// and only while the clipboard still holds that secret: never what the user copied since.
#include "SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTest>

using namespace std::chrono_literals;

class TestSecretClipboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void concealedForEveryPlatform();
    void clearedAfterTheDelay();
    void clearedOnQuit();
    void somethingCopiedSinceIsLeftAlone();

private:
    static QList<SecretClipboard *> watchers() {
        return QCoreApplication::instance()->findChildren<SecretClipboard *>();
    }
    // What QCoreApplication emits as the event loop ends.
    static void quit() {
        QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit",
                                          Qt::DirectConnection));
    }
};

const QString Secret = QStringLiteral("apiv1_not-really-a-secret-but-long-enough-for-this-test");

void TestSecretClipboard::init() {
    QApplication::clipboard()->clear();
    qDeleteAll(watchers());
}

// The hints go through the real clipboard as MIME formats; each platform's names and values.
void TestSecretClipboard::concealedForEveryPlatform() {
    SecretClipboard::copy(Secret, 1h);
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), Secret);
    // KDE, and the Linux clipboard managers that follow it.
    QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    // macOS: org.nspasteboard.ConcealedType, by its MIME name.
    QCOMPARE(data->data(QStringLiteral("application/x-nspasteboard-concealed-type")),
             Secret.toUtf8());
    // Windows: clipboard formats by name, as Qt for Windows maps them; DWORDs.
    const QByteArray dwordZero(4, '\0');
    const QByteArray exclude = data->data(QStringLiteral(
        "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""));
    QCOMPARE(exclude.size(), 4);
    QCOMPARE(data->data(QStringLiteral(
                 "application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\"")),
             dwordZero);
    QCOMPARE(data->data(QStringLiteral(
                 "application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\"")),
             dwordZero);
}

void TestSecretClipboard::clearedAfterTheDelay() {
    SecretClipboard::copy(Secret, 200ms);
    QClipboard *clipboard = QApplication::clipboard();
    QCOMPARE(clipboard->text(), Secret);
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArray("secret"));
    QTRY_VERIFY(clipboard->text().isEmpty());
    QTRY_VERIFY(watchers().isEmpty());
}

void TestSecretClipboard::clearedOnQuit() {
    SecretClipboard::copy(Secret, 1h);
    QCOMPARE(QApplication::clipboard()->text(), Secret);
    quit();
    QVERIFY(QApplication::clipboard()->text().isEmpty());
}

void TestSecretClipboard::somethingCopiedSinceIsLeftAlone() {
    QClipboard *clipboard = QApplication::clipboard();
    SecretClipboard::copy(Secret, 200ms);
    clipboard->setText(QStringLiteral("copied by the user afterwards"));
    // Neither the quit nor the timer touches it.
    quit();
    QCOMPARE(clipboard->text(), QStringLiteral("copied by the user afterwards"));
    QTRY_VERIFY(watchers().isEmpty()); // the timer has run
    QCOMPARE(clipboard->text(), QStringLiteral("copied by the user afterwards"));
}

QTEST_MAIN(TestSecretClipboard)
#include "tst_SecretClipboard.moc"
