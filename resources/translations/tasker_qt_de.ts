<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>DaskRunner</name>
    <message>
        <location filename="../../tasker_qt/core/dask_runner.py" line="+319"/>
        <source>Waiting for the Dask cluster…</source>
        <translation>Warte auf den Dask-Cluster…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../tasker_qt/ui/history_model.py" line="+127"/>
        <source>Run</source>
        <extracomment>the Run of a row what a click on a column&apos;s header sorts by (columns the file keeps an index of)</extracomment>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result or error</source>
        <translation>Ergebnis oder Fehler</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../tasker_qt/ui/history_view.py" line="+53"/>
        <source>Job</source>
        <extracomment>(job name, parameter values) of a run the user wants to repeat (file, runs written) when an export has finished</extracomment>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the runs of this job</source>
        <translation>Zeigt nur die Läufe dieses Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the runs that ended so</source>
        <translation>Zeigt nur die Läufe, die so geendet haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs started on or after</source>
        <translation>Läufe, die an oder nach diesem Tag gestartet sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs started on or before</source>
        <translation>Läufe, die an oder vor diesem Tag gestartet sind</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run details</source>
        <translation>Details des Laufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a run to see its details.</source>
        <translation>Wählen Sie einen Lauf, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the selected run&apos;s job with the same parameters</source>
        <translation>Den Job des ausgewählten Laufs mit denselben Parametern starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{label}: any day</source>
        <translation>{label}: jeder Tag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run {id}: {job} ({name}), {kind}</source>
        <translation>Lauf {id}: {job} ({name}), {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: {when}</source>
        <translation>Gestartet: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took: {seconds} s</source>
        <translation>Dauer: {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log (last lines):</source>
        <translation>Protokoll (letzte Zeilen):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear the history?</source>
        <translation>Verlauf leeren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget all {count} finished runs? This cannot be undone.</source>
        <translation>Alle {count} beendeten Läufe vergessen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export runs</source>
        <translation>Läufe exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>JobForm</name>
    <message>
        <location filename="../../tasker_qt/app/job_form.py" line="+114"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on or off</source>
        <translation>an oder aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file or folder</source>
        <translation>eine Datei oder ein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of a list</source>
        <translation>eine Auswahl aus einer Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}, default {default}</source>
        <translation>{kind}, Vorgabe {default}</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+181"/>
        <source>Run</source>
        <extracomment>(job name, parameter values) when the user asks to run a valid form how long Run waits for the file system to say whether input paths exist</extracomment>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Run this job (Ctrl+Return)</source>
        <translation>Diesen Job ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put every field back to the job&apos;s default</source>
        <translation>Alle Felder auf die Vorgaben des Jobs zurücksetzen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a job</source>
        <translation>Job auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a job on the left, fill in its parameters, and run it.</source>
        <translation>Wählen Sie links einen Job, füllen Sie seine Parameter aus und führen Sie ihn aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job cannot run: {error}</source>
        <translation>Dieser Job kann nicht laufen: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This job takes no parameters.</source>
        <translation>Dieser Job hat keine Parameter.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label} is required</source>
        <translation>{label} ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a whole number, such as {example}</source>
        <translation>Geben Sie eine ganze Zahl ein, etwa {example}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot look at {path}: {error}</source>
        <translation>{path} kann nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no folder {path}</source>
        <translation>Den Ordner {path} gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {path}</source>
        <translation>Die Datei {path} gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a folder</source>
        <translation>{path} ist kein Ordner</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{path} does not answer: is its drive or network share there?</source>
        <translation>{path} antwortet nicht: Ist das Laufwerk oder die Netzwerkfreigabe erreichbar?</translation>
    </message>
</context>
<context>
    <name>JobListWidget</name>
    <message>
        <location filename="../../tasker_qt/app/job_list.py" line="+16"/>
        <source>runs in a worker process</source>
        <translation>läuft in einem Arbeitsprozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs in a thread</source>
        <translation>läuft in einem Thread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs on the event loop</source>
        <translation>läuft in der Ereignisschleife</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search jobs…</source>
        <extracomment>the selected job changed (None when nothing is selected)</extracomment>
        <translation>Jobs suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search jobs</source>
        <translation>Jobs suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the jobs whose title or name contains this</source>
        <translation>Zeigt nur die Jobs, deren Titel oder Name dies enthält</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{title} (broken)</source>
        <translation>{title} (defekt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tasker_qt/app/window.py" line="+69"/>
        <source>&amp;Stop tasks and quit</source>
        <translation>Aufgaben &amp;stoppen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait for tasks, then quit</source>
        <translation>Auf Aufgaben &amp;warten, dann beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Don&apos;t quit</source>
        <translation>&amp;Nicht beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop tasks and quit: asks every task to stop and closes as soon as they have; a process job that does not stop within a few seconds is ended.
Wait for tasks, then quit: lets the tasks finish and closes then; until they have, you can still choose to quit now or not at all.
Don&apos;t quit: the window stays open and the tasks carry on.</source>
        <translation>Aufgaben stoppen und beenden: bittet jede Aufgabe anzuhalten und schließt, sobald alle angehalten haben; ein Prozess-Job, der nicht binnen weniger Sekunden anhält, wird beendet.
Auf Aufgaben warten, dann beenden: lässt die Aufgaben zu Ende laufen und schließt dann; bis dahin können Sie noch wählen, sofort oder gar nicht zu beenden.
Nicht beenden: Das Fenster bleibt offen und die Aufgaben laufen weiter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (cancelling…)</source>
        <translation>{name} (wird abgebrochen…)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Failures not yet looked at</source>
        <translation>Noch nicht angesehene Fehlschläge</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tas&amp;ks</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open job folder</source>
        <translation>Job-&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Install job…</source>
        <translation>Job &amp;installieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reload jobs</source>
        <translation>Jobs neu &amp;laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run job</source>
        <translation>Job aus&amp;führen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;selected</source>
        <translation>&amp;Ausgewählte abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;all</source>
        <translation>A&amp;lle abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear finished</source>
        <translation>&amp;Beendete entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify when long tasks end</source>
        <translation>Bei Ende langer Aufgaben be&amp;nachrichtigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Always</source>
        <translation>&amp;Immer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when they &amp;fail</source>
        <translation>Nur bei &amp;Fehlschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Never</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About tasker-qt</source>
        <translation>Ü&amp;ber tasker-qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;tasker-qt {version}&lt;/b&gt;&lt;p&gt;Run job scripts in the background and watch them live.&lt;/p&gt;&lt;p&gt;Job folders:&lt;br&gt;{folders}&lt;/p&gt;</source>
        <translation>&lt;b&gt;tasker-qt {version}&lt;/b&gt;&lt;p&gt;Job-Skripte im Hintergrund ausführen und live verfolgen.&lt;/p&gt;&lt;p&gt;Job-Ordner:&lt;br&gt;{folders}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About tasker-qt</source>
        <translation>Über tasker-qt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file manager could open the job folder. It is {folder}</source>
        <translation>Kein Dateimanager konnte den Job-Ordner öffnen. Er liegt unter {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs are not recorded this time: {reason}</source>
        <translation>Läufe werden diesmal nicht aufgezeichnet: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quitting: no new jobs are started.</source>
        <translation>Wird beendet: Es werden keine neuen Jobs gestartet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started {name}</source>
        <translation>{name} gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started {name} (filters cleared to show it)</source>
        <translation>{name} gestartet (Filter zurückgesetzt, um ihn zu zeigen)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n failed since you last looked</source>
        <translation>
            <numerusform>%n fehlgeschlagen, seit Sie zuletzt nachgesehen haben</numerusform>
            <numerusform>%n fehlgeschlagen, seit Sie zuletzt nachgesehen haben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Install job scripts</source>
        <translation>Job-Skripte installieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python job scripts (*.py)</source>
        <translation>Python-Job-Skripte (*.py)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not installed: {reasons}</source>
        <translation>Nicht installiert: {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed {names}.</source>
        <translation>{names} installiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide the job of the same name?</source>
        <translation>Den gleichnamigen Job verdecken?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job named “{name}” already comes from {folder}.

Install yours anyway? The list will show yours, and the other “{name}” stays hidden while yours is installed.</source>
        <translation>Ein Job namens „{name}“ kommt bereits aus {folder}.

Ihren trotzdem installieren? Die Liste zeigt dann Ihren, und der andere „{name}“ bleibt verborgen, solange Ihrer installiert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace job?</source>
        <translation>Job ersetzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job named “{name}” is already installed. Replace it with this file?</source>
        <translation>Ein Job namens „{name}“ ist bereits installiert. Durch diese Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only .py job scripts can be dropped here</source>
        <translation>Hier können nur .py-Job-Skripte abgelegt werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tasks are still running</source>
        <translation>Es laufen noch Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) are still running: {names}</source>
        <translation>
            <numerusform>%n Aufgabe läuft noch: {names}</numerusform>
            <numerusform>%n Aufgaben laufen noch: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Quitting when %n task(s) have stopped: {names}</source>
        <translation>
            <numerusform>Beenden, sobald %n Aufgabe angehalten hat: {names}</numerusform>
            <numerusform>Beenden, sobald %n Aufgaben angehalten haben: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit now</source>
        <translation>Jetzt beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t quit</source>
        <translation>Nicht beenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not quitting: the tasks carry on.</source>
        <translation>Nicht beendet: Die Aufgaben laufen weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping tasks and worker processes…</source>
        <translation>Aufgaben und Arbeitsprozesse werden angehalten…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../tasker_qt/app/notice_bar.py" line="+32"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../tasker_qt/app/notifier.py" line="+102"/>
        <source>{name} failed</source>
        <extracomment>how many tasks failed since the user last looked (cleared by ``seen()``)</extracomment>
        <translation>{name} ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has ended</source>
        <translation>{name} ist beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} after {duration}</source>
        <translation>{status} nach {duration}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>tasker-qt: %n task(s) running</source>
        <translation>
            <numerusform>tasker-qt: %n Aufgabe läuft</numerusform>
            <numerusform>tasker-qt: %n Aufgaben laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="+49"/>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <location filename="../../tasker_qt/ui/progress_delegate.py" line="+61"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <location filename="../../tasker_qt/ui/task_filter.py" line="+39"/>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>TaskDetailsView</name>
    <message>
        <location filename="../../tasker_qt/ui/details.py" line="+42"/>
        <location line="+79"/>
        <source>No task selected</source>
        <translation>Keine Aufgabe ausgewählt</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The job has logged nothing.</source>
        <translation>Der Job hat nichts protokolliert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}  ({kind} task {id})</source>
        <translation>{name}  ({kind}-Aufgabe {id})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created {created} · started {started} · finished {finished}</source>
        <translation>erstellt {created} · gestartet {started} · beendet {finished}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>took {duration}</source>
        <translation>Dauer {duration}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running for {duration}</source>
        <translation>läuft seit {duration}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still running.</source>
        <translation>Läuft noch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to start.</source>
        <translation>Wartet auf den Start.</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="+59"/>
        <source>thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dask</source>
        <translation>Dask</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../tasker_qt/ui/model.py" line="+207"/>
        <source>Cancel</source>
        <extracomment>the row&apos;s Task progress 0..1, or None while the task has reported none (drawn busy) the row&apos;s TaskStatus, for delegates to pick colours by (through Qt: its str value) rows were refreshed this frame; True if some task&apos;s status changed</extracomment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TaskMonitorPanel</name>
    <message>
        <location filename="../../tasker_qt/ui/panel.py" line="+69"/>
        <source>Filter by name or message…</source>
        <translation>Nach Name oder Meldung filtern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter tasks</source>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the tasks whose name, message or error contains this text</source>
        <translation>Zeigt nur die Aufgaben, deren Name, Meldung oder Fehler diesen Text enthält</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show tasks</source>
        <translation>Aufgaben anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which tasks the table shows, by status</source>
        <translation>Welche Aufgaben die Tabelle zeigt, nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Cancel selected</source>
        <translation>Ausgewählte abbrechen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per task; Space or Return on a row&apos;s last cell cancels it, Delete cancels the selected tasks</source>
        <translation>Eine Zeile pro Aufgabe; Leertaste oder Eingabe in der letzten Zelle einer Zeile bricht sie ab, Entf bricht die ausgewählten Aufgaben ab</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy error</source>
        <translation>Fehler kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../tasker_qt/ui/cells.py" line="+109"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="-15"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>TaskStatusWidget</name>
    <message>
        <location filename="../../tasker_qt/ui/status_widget.py" line="+51"/>
        <source>No tasks running</source>
        <extracomment>the user clicked the widget</extracomment>
        <translation>Keine laufenden Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to show the task monitor</source>
        <translation>Klicken, um die Aufgabenübersicht zu zeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} overall</source>
        <translation>{percent} insgesamt</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <location filename="../../tasker_qt/ui/cells.py" line="-74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA</source>
        <comment>estimated time left</comment>
        <translation>Rest</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancel {name} (Space)</source>
        <translation>{name} abbrechen (Leertaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stalled</source>
        <translation>stockt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel {name}</source>
        <translation>{name} abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress for {seconds} s or more</source>
        <translation>Seit {seconds} s oder länger kein Fortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {duration} left, done around {time}</source>
        <translation>Noch etwa {duration}, fertig gegen {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough progress yet to estimate</source>
        <translation>Noch zu wenig Fortschritt für eine Schätzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress yet</source>
        <translation>Noch kein Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} done</source>
        <translation>{percent} erledigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} — {kind} task {id} · {status}</source>
        <translation>{name} — {kind}-Aufgabe {id} · {status}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="-33"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <location filename="../../tasker_qt/app/job_form.py" line="-365"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for {label}</source>
        <translation>{label} auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
</context>
</TS>
