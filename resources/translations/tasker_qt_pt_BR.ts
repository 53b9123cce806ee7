<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>DaskRunner</name>
    <message>
        <location filename="../../tasker_qt/core/dask_runner.py" line="+319"/>
        <source>Waiting for the Dask cluster…</source>
        <translation>Aguardando o cluster Dask…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../tasker_qt/ui/history_model.py" line="+127"/>
        <source>Run</source>
        <extracomment>the Run of a row what a click on a column&apos;s header sorts by (columns the file keeps an index of)</extracomment>
        <translation>Execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result or error</source>
        <translation>Resultado ou erro</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../tasker_qt/ui/history_view.py" line="+53"/>
        <source>Job</source>
        <extracomment>(job name, parameter values) of a run the user wants to repeat (file, runs written) when an export has finished</extracomment>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the runs of this job</source>
        <translation>Mostra apenas as execuções deste trabalho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the runs that ended so</source>
        <translation>Mostra apenas as execuções que terminaram assim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs started on or after</source>
        <translation>Execuções iniciadas nesta data ou depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs started on or before</source>
        <translation>Execuções iniciadas nesta data ou antes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Past runs</source>
        <translation>Execuções anteriores</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run details</source>
        <translation>Detalhes da execução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a run to see its details.</source>
        <translation>Selecione uma execução para ver os detalhes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again</source>
        <translation>Executar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the selected run&apos;s job with the same parameters</source>
        <translation>Iniciar o trabalho da execução selecionada com os mesmos parâmetros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear…</source>
        <translation>Limpar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{label}: any day</source>
        <translation>{label}: qualquer dia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All jobs</source>
        <translation>Todos os trabalhos</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n execução</numerusform>
            <numerusform>%n execuções</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run {id}: {job} ({name}), {kind}</source>
        <translation>Execução {id}: {job} ({name}), {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: {when}</source>
        <translation>Iniciada: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took: {seconds} s</source>
        <translation>Duração: {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parâmetros:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error:</source>
        <translation>Erro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log (last lines):</source>
        <translation>Registro (últimas linhas):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear the history?</source>
        <translation>Limpar o histórico?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget all {count} finished runs? This cannot be undone.</source>
        <translation>Esquecer todas as {count} execuções encerradas? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export runs</source>
        <translation>Exportar execuções</translation>
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
        <translation>um número inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on or off</source>
        <translation>ligado ou desligado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file or folder</source>
        <translation>um arquivo ou uma pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of a list</source>
        <translation>uma opção de uma lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}, default {default}</source>
        <translation>{kind}, padrão {default}</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+181"/>
        <source>Run</source>
        <extracomment>(job name, parameter values) when the user asks to run a valid form how long Run waits for the file system to say whether input paths exist</extracomment>
        <translation>Executar</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Run this job (Ctrl+Return)</source>
        <translation>Executar este trabalho (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put every field back to the job&apos;s default</source>
        <translation>Voltar todos os campos ao padrão do trabalho</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose a job</source>
        <translation>Escolha um trabalho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a job on the left, fill in its parameters, and run it.</source>
        <translation>Escolha um trabalho à esquerda, preencha os parâmetros e execute-o.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job cannot run: {error}</source>
        <translation>Este trabalho não pode ser executado: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This job takes no parameters.</source>
        <translation>Este trabalho não tem parâmetros.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label} is required</source>
        <translation>{label} é obrigatório</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a whole number, such as {example}</source>
        <translation>Digite um número inteiro, como {example}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot look at {path}: {error}</source>
        <translation>Não foi possível verificar {path}: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no folder {path}</source>
        <translation>A pasta {path} não existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {path}</source>
        <translation>O arquivo {path} não existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a folder</source>
        <translation>{path} não é uma pasta</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{path} does not answer: is its drive or network share there?</source>
        <translation>{path} não responde: a unidade ou o compartilhamento de rede está disponível?</translation>
    </message>
</context>
<context>
    <name>JobListWidget</name>
    <message>
        <location filename="../../tasker_qt/app/job_list.py" line="+16"/>
        <source>runs in a worker process</source>
        <translation>executa em um processo de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs in a thread</source>
        <translation>executa em uma thread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs on the event loop</source>
        <translation>executa no laço de eventos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search jobs…</source>
        <extracomment>the selected job changed (None when nothing is selected)</extracomment>
        <translation>Pesquisar trabalhos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search jobs</source>
        <translation>Pesquisar trabalhos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the jobs whose title or name contains this</source>
        <translation>Mostra apenas os trabalhos cujo título ou nome contém isto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs</source>
        <translation>Trabalhos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{title} (broken)</source>
        <translation>{title} (com defeito)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tasker_qt/app/window.py" line="+69"/>
        <source>&amp;Stop tasks and quit</source>
        <translation>&amp;Parar as tarefas e sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait for tasks, then quit</source>
        <translation>&amp;Esperar as tarefas e depois sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Don&apos;t quit</source>
        <translation>&amp;Não sair</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop tasks and quit: asks every task to stop and closes as soon as they have; a process job that does not stop within a few seconds is ended.
Wait for tasks, then quit: lets the tasks finish and closes then; until they have, you can still choose to quit now or not at all.
Don&apos;t quit: the window stays open and the tasks carry on.</source>
        <translation>Parar as tarefas e sair: pede a cada tarefa que pare e fecha assim que todas pararem; um trabalho em processo que não parar em alguns segundos é encerrado.
Esperar as tarefas e depois sair: deixa as tarefas terminarem e então fecha; até lá, você ainda pode escolher sair agora ou não sair.
Não sair: a janela continua aberta e as tarefas seguem em execução.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (cancelling…)</source>
        <translation>{name} (cancelando…)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Failures not yet looked at</source>
        <translation>Falhas ainda não vistas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tas&amp;ks</source>
        <translation>Ta&amp;refas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi&amp;story</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open job folder</source>
        <translation>Abrir &amp;pasta de trabalhos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Install job…</source>
        <translation>&amp;Instalar trabalho…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reload jobs</source>
        <translation>&amp;Recarregar trabalhos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Tarefas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run job</source>
        <translation>E&amp;xecutar trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;selected</source>
        <translation>Cancelar &amp;selecionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;all</source>
        <translation>Cancelar &amp;todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear finished</source>
        <translation>&amp;Limpar concluídas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notify when long tasks end</source>
        <translation>&amp;Notificar quando tarefas longas terminarem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Always</source>
        <translation>&amp;Sempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when they &amp;fail</source>
        <translation>Só quando &amp;falharem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Never</source>
        <translation>&amp;Nunca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About tasker-qt</source>
        <translation>&amp;Sobre o tasker-qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;tasker-qt {version}&lt;/b&gt;&lt;p&gt;Run job scripts in the background and watch them live.&lt;/p&gt;&lt;p&gt;Job folders:&lt;br&gt;{folders}&lt;/p&gt;</source>
        <translation>&lt;b&gt;tasker-qt {version}&lt;/b&gt;&lt;p&gt;Execute scripts de trabalho em segundo plano e acompanhe-os ao vivo.&lt;/p&gt;&lt;p&gt;Pastas de trabalhos:&lt;br&gt;{folders}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About tasker-qt</source>
        <translation>Sobre o tasker-qt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file manager could open the job folder. It is {folder}</source>
        <translation>Nenhum gerenciador de arquivos conseguiu abrir a pasta de trabalhos. Ela fica em {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs are not recorded this time: {reason}</source>
        <translation>As execuções não serão registradas desta vez: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quitting: no new jobs are started.</source>
        <translation>Saindo: nenhum trabalho novo é iniciado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started {name}</source>
        <translation>{name} iniciado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started {name} (filters cleared to show it)</source>
        <translation>{name} iniciado (filtros limpos para mostrá-lo)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n failed since you last looked</source>
        <translation>
            <numerusform>%n falhou desde a última vez que você olhou</numerusform>
            <numerusform>%n falharam desde a última vez que você olhou</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Install job scripts</source>
        <translation>Instalar scripts de trabalho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python job scripts (*.py)</source>
        <translation>Scripts de trabalho Python (*.py)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not installed: {reasons}</source>
        <translation>Não instalado: {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed {names}.</source>
        <translation>{names} instalado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide the job of the same name?</source>
        <translation>Ocultar o trabalho de mesmo nome?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job named “{name}” already comes from {folder}.

Install yours anyway? The list will show yours, and the other “{name}” stays hidden while yours is installed.</source>
        <translation>Um trabalho chamado “{name}” já vem de {folder}.

Instalar o seu mesmo assim? A lista mostrará o seu, e o outro “{name}” fica oculto enquanto o seu estiver instalado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace job?</source>
        <translation>Substituir trabalho?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job named “{name}” is already installed. Replace it with this file?</source>
        <translation>Um trabalho chamado “{name}” já está instalado. Substituí-lo por este arquivo?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only .py job scripts can be dropped here</source>
        <translation>Apenas scripts de trabalho .py podem ser soltos aqui</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tasks are still running</source>
        <translation>Ainda há tarefas em execução</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n task(s) are still running: {names}</source>
        <translation>
            <numerusform>%n tarefa ainda está em execução: {names}</numerusform>
            <numerusform>%n tarefas ainda estão em execução: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Quitting when %n task(s) have stopped: {names}</source>
        <translation>
            <numerusform>Saindo quando %n tarefa parar: {names}</numerusform>
            <numerusform>Saindo quando %n tarefas pararem: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit now</source>
        <translation>Sair agora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t quit</source>
        <translation>Não sair</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not quitting: the tasks carry on.</source>
        <translation>Sem sair: as tarefas continuam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping tasks and worker processes…</source>
        <translation>Parando tarefas e processos de trabalho…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../tasker_qt/app/notice_bar.py" line="+32"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../tasker_qt/app/notifier.py" line="+102"/>
        <source>{name} failed</source>
        <extracomment>how many tasks failed since the user last looked (cleared by ``seen()``)</extracomment>
        <translation>{name} falhou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has ended</source>
        <translation>{name} terminou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} after {duration}</source>
        <translation>{status} após {duration}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>tasker-qt: %n task(s) running</source>
        <translation>
            <numerusform>tasker-qt: %n tarefa em execução</numerusform>
            <numerusform>tasker-qt: %n tarefas em execução</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="+49"/>
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <location filename="../../tasker_qt/ui/progress_delegate.py" line="+61"/>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
</context>
<context>
    <name>Show</name>
    <message>
        <location filename="../../tasker_qt/ui/task_filter.py" line="+39"/>
        <source>All tasks</source>
        <translation>Todas as tarefas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Ativas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Encerradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
</context>
<context>
    <name>TaskDetailsView</name>
    <message>
        <location filename="../../tasker_qt/ui/details.py" line="+42"/>
        <location line="+79"/>
        <source>No task selected</source>
        <translation>Nenhuma tarefa selecionada</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The job has logged nothing.</source>
        <translation>O trabalho não registrou nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Mensagem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing:</source>
        <translation>Tempos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters:</source>
        <translation>Parâmetros:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}  ({kind} task {id})</source>
        <translation>{name}  (tarefa {id}, {kind})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created {created} · started {started} · finished {finished}</source>
        <translation>criada {created} · iniciada {started} · encerrada {finished}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>took {duration}</source>
        <translation>levou {duration}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running for {duration}</source>
        <translation>em execução há {duration}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still running.</source>
        <translation>Ainda em execução.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to start.</source>
        <translation>Aguardando para iniciar.</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="+59"/>
        <source>thread</source>
        <translation>thread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process</source>
        <translation>processo</translation>
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
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TaskMonitorPanel</name>
    <message>
        <location filename="../../tasker_qt/ui/panel.py" line="+69"/>
        <source>Filter by name or message…</source>
        <translation>Filtrar por nome ou mensagem…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter tasks</source>
        <translation>Filtrar tarefas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the tasks whose name, message or error contains this text</source>
        <translation>Mostra apenas as tarefas cujo nome, mensagem ou erro contém este texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show tasks</source>
        <translation>Mostrar tarefas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which tasks the table shows, by status</source>
        <translation>Quais tarefas a tabela mostra, por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Cancel selected</source>
        <translation>Cancelar selecionadas</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cancel all</source>
        <translation>Cancelar todas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear finished</source>
        <translation>Limpar concluídas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per task; Space or Return on a row&apos;s last cell cancels it, Delete cancels the selected tasks</source>
        <translation>Uma linha por tarefa; Espaço ou Enter na última célula de uma linha a cancela, Delete cancela as tarefas selecionadas</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy error</source>
        <translation>Copiar erro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from list</source>
        <translation>Remover da lista</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../tasker_qt/ui/cells.py" line="+109"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="-15"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>TaskStatusWidget</name>
    <message>
        <location filename="../../tasker_qt/ui/status_widget.py" line="+51"/>
        <source>No tasks running</source>
        <extracomment>the user clicked the widget</extracomment>
        <translation>Nenhuma tarefa em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to show the task monitor</source>
        <translation>Clique para mostrar o monitor de tarefas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n em execução</numerusform>
            <numerusform>%n em execução</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} overall</source>
        <translation>{percent} no total</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <location filename="../../tasker_qt/ui/cells.py" line="-74"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Decorrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA</source>
        <comment>estimated time left</comment>
        <translation>Restante</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancel {name} (Space)</source>
        <translation>Cancelar {name} (Espaço)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stalled</source>
        <translation>parada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel {name}</source>
        <translation>Cancelar {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress for {seconds} s or more</source>
        <translation>Sem progresso há {seconds} s ou mais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About {duration} left, done around {time}</source>
        <translation>Faltam cerca de {duration}, termina por volta de {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough progress yet to estimate</source>
        <translation>Ainda não há progresso suficiente para estimar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress yet</source>
        <translation>Ainda sem progresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} done</source>
        <translation>{percent} concluído</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} — {kind} task {id} · {status}</source>
        <translation>{name} — tarefa {id}, {kind} · {status}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../tasker_qt/ui/localized.py" line="-33"/>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>desligado</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <location filename="../../tasker_qt/app/job_form.py" line="-365"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for {label}</source>
        <translation>Procurar {label}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder</source>
        <translation>Escolha uma pasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file</source>
        <translation>Escolha um arquivo</translation>
    </message>
</context>
</TS>
