#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

// Help ▸ Keyboard shortcuts: every shortcut of the window, read from the very actions its
// menus, buttons and table use, so the sheet cannot drift from what the keys do. Grouped by
// the menu the action is in; an action in no menu is listed under the widget it serves.
class KeyboardShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

private:
    QTreeWidget *m_tree;
};
