#pragma once

#include <QDialog>

// Help ▸ About Token Admin: what the program is, its version, the Qt it runs on, its licence.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
