#include "KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// "&Revoke token…" as a person reads it: "Revoke token".
QString plainText(QString text) {
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&&" is one "&"; "&x" is x
        plain += text.at(i);
    }
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    return plain.trimmed();
}

// The keys as this platform writes them; a standard key the platform has no binding for
// (Quit under some desktops) is an empty sequence, and is left out.
QStringList keysOf(const QAction *action) {
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts())
        if (!shortcut.isEmpty())
            keys << shortcut.toString(QKeySequence::NativeText);
    return keys;
}

// The actions of `menu` and its submenus that have a shortcut, in menu order.
void collect(const QMenu *menu, QList<QAction *> *actions) {
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), actions);
        else if (!action->isSeparator() && !keysOf(action).isEmpty() && !actions->contains(action))
            actions->append(action);
    }
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    QSet<const QAction *> listed;
    auto addGroup = [this, &listed](const QString &title, const QList<QAction *> &actions) {
        if (actions.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (QAction *action : actions) {
            auto *item = new QTreeWidgetItem(
                group, {plainText(action->text()), QLocale().createSeparatedList(keysOf(action))});
            item->setData(0, Qt::UserRole, action->objectName());
            listed.insert(action);
        }
        group->setExpanded(true);
    };
    for (QAction *menuAction : window->menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        QList<QAction *> actions;
        collect(menuAction->menu(), &actions);
        addGroup(plainText(menuAction->text()), actions);
    }
    // Actions that live on a widget rather than in a menu (the token list's options menu key).
    QList<QAction *> others;
    QString othersTitle;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (listed.contains(action) || keysOf(action).isEmpty() || action->menu())
            continue;
        others.append(action);
        for (const QObject *object : action->associatedObjects()) {
            const auto *widget = qobject_cast<const QWidget *>(object);
            if (widget && !qobject_cast<const QMenu *>(widget) && othersTitle.isEmpty())
                othersTitle = widget->accessibleName();
        }
    }
    addGroup(othersTitle.isEmpty() ? tr("Elsewhere") : othersTitle, others);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 480);
    m_tree->setFocus();
}
