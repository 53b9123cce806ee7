<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../../tasker_qt/ui/history_view.py" line="+160"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../tasker_qt/app/window.py" line="+305"/>
        <source>%n failed since you last looked</source>
        <translation>
            <numerusform>%n failed since you last looked</numerusform>
            <numerusform>%n failed since you last looked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n task(s) are still running: {names}</source>
        <translation>
            <numerusform>%n task is still running: {names}</numerusform>
            <numerusform>%n tasks are still running: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Quitting when %n task(s) have stopped: {names}</source>
        <translation>
            <numerusform>Quitting when %n task has stopped: {names}</numerusform>
            <numerusform>Quitting when %n tasks have stopped: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../../tasker_qt/app/notifier.py" line="+118"/>
        <source>tasker-qt: %n task(s) running</source>
        <translation>
            <numerusform>tasker-qt: %n task running</numerusform>
            <numerusform>tasker-qt: %n tasks running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskStatusWidget</name>
    <message numerus="yes">
        <location filename="../../tasker_qt/ui/status_widget.py" line="+54"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
