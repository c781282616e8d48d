#pragma once

// Drives the real window as a user does, for the robustness suites: selects a row, opens a
// dialog through its action, fills it in and presses its button; and reads back what the
// window shows. Waits with QTest::qWaitFor (the callers check the results with QTRY_*).

#include "CreateTokenDialog.h"
#include "EditTokenDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RevokeTokenDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

namespace WindowDriver {

template <typename Dialog> Dialog *waitFor(QWidget *parent) {
    Dialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] {
        for (Dialog *candidate : parent->findChildren<Dialog *>())
            if (candidate->isVisible())
                dialog = candidate;
        return dialog != nullptr;
    });
    return dialog;
}

inline void trigger(MainWindow *window, const char *action) {
    window->findChild<QAction *>(QLatin1String(action))->trigger();
}

// The revoke confirmation for `tokenId`, with its risk box ticked: Revoke Token is one click away.
inline RevokeTokenDialog *openRevoke(MainWindow *window, const QString &tokenId) {
    window->selectToken(tokenId);
    if (window->selectedTokenId() != tokenId)
        return nullptr;
    trigger(window, "actionRevoke");
    auto *dialog = waitFor<RevokeTokenDialog>(window);
    if (dialog)
        dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
    return dialog;
}

// A new token's form with its description typed and its first permission row (Read, ticked
// as the form starts) on `database`: Create Token is one click away.
inline CreateTokenDialog *openCreate(MainWindow *window, const QString &description,
                                     const QString &database = QStringLiteral("telemetry")) {
    trigger(window, "actionNewToken");
    auto *dialog = waitFor<CreateTokenDialog>(window);
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField")),
                     description);
    if (auto *first = dialog->findChild<QComboBox *>(QStringLiteral("permissionDatabase")))
        first->setEditText(database);
    return dialog;
}

// The edit form for `tokenId` with a new description, on its review page (shown once the
// server's copy has been read), or showing why it could not be: Save Changes is one click away.
inline EditTokenDialog *openEditReview(MainWindow *window, const QString &tokenId,
                                       const QString &description) {
    window->selectToken(tokenId);
    if (window->selectedTokenId() != tokenId)
        return nullptr;
    trigger(window, "actionEditToken");
    auto *dialog = waitFor<EditTokenDialog>(window);
    if (!dialog)
        return nullptr;
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionField"));
    field->selectAll();
    QTest::keyClicks(field, description);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    (void)QTest::qWaitFor([&] { return save->isVisible() || error->isVisible(); });
    return dialog;
}

// The button that sends the dialog's request.
inline QPushButton *sendButton(QDialog *dialog) {
    for (const char *name : {"revokeButton", "createButton", "saveButton"})
        if (auto *button = dialog->findChild<QPushButton *>(QLatin1String(name)))
            return button;
    return nullptr;
}

// The error a dialog shows, or empty while it shows none.
inline QString shownError(QDialog *dialog) {
    auto *label = dialog ? dialog->findChild<QLabel *>(QStringLiteral("errorLabel")) : nullptr;
    return label && label->isVisible() ? label->text() : QString();
}

inline QString messageBarText(MainWindow *window) {
    return window->findChild<MessageBar *>()->text();
}

// Closes every dialog the window has open, and waits until they are gone. A new token's
// secret closes only once "I have stored it" is ticked, so that is ticked first.
inline void closeDialogs(MainWindow *window) {
    QList<QPointer<QDialog>> open;
    for (QDialog *dialog : window->findChildren<QDialog *>())
        if (dialog->isVisible())
            open.append(dialog);
    for (const QPointer<QDialog> &dialog : std::as_const(open)) {
        if (!dialog)
            continue;
        if (auto *stored = dialog->findChild<QCheckBox *>(QStringLiteral("storedCheckBox")))
            stored->setChecked(true);
        dialog->reject();
    }
    (void)QTest::qWaitFor([&] {
        for (const QPointer<QDialog> &dialog : std::as_const(open))
            if (dialog && dialog->isVisible())
                return false;
        return true;
    });
}

} // namespace WindowDriver
