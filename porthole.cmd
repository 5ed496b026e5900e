@echo off
rem Porthole launcher for Windows: finds a JDK 25+, builds what is missing (once), then starts the app with java.
rem   porthole                 opens the window
rem   porthole <command> ...   runs the command line (doctor, bench, ...)
rem   porthole --version       prints the version
setlocal EnableDelayedExpansion
set "HOME_DIR=%~dp0"
if "%HOME_DIR:~-1%"=="\" set "HOME_DIR=%HOME_DIR:~0,-1%"

set "JDK="
if defined JAVA_HOME call :check "%JAVA_HOME%"
if not defined JDK for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\jdk-2*" "%ProgramFiles%\Java\jdk-2*" "%ProgramFiles%\Microsoft\jdk-2*" "%ProgramFiles%\Zulu\zulu-2*" "%ProgramFiles%\Amazon Corretto\jdk2*" "%USERPROFILE%\.jdks\*") do (
  if not defined JDK call :check "%%~fD"
)
if not defined JDK (
  echo Porthole needs a JDK 25 or newer, and none was found. 1>&2
  echo   Looked in JAVA_HOME and the usual folders under %ProgramFiles% and %USERPROFILE%\.jdks. 1>&2
  echo   Install one ^(for example Eclipse Temurin 25^) and set JAVA_HOME to it. 1>&2
  exit /b 2
)

set "JAR=%HOME_DIR%\ui\target\porthole-ui.jar"
set "LIB=%HOME_DIR%\ui\target\lib"
if not exist "%JAR%" goto build
if not exist "%LIB%" goto build
goto run

:build
echo Building Porthole (first run; later starts skip this)... 1>&2
pushd "%HOME_DIR%"
set "JAVA_HOME=%JDK%"
call mvnw.cmd -B -q -DskipTests package 1>&2
set "RC=%ERRORLEVEL%"
popd
if not "%RC%"=="0" (
  echo The build failed; see the messages above. 1>&2
  exit /b 3
)

:run
set "OPTS=--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow %PORTHOLE_JAVA_OPTS%"
if "%~1"=="" (
  "%JDK%\bin\javaw" %OPTS% -cp "%JAR%;%LIB%\*" dev.porthole.ui.Launcher
  exit /b 0
)
"%JDK%\bin\java" %OPTS% -cp "%JAR%;%LIB%\*" dev.porthole.cli.PortholeCli %*
exit /b %ERRORLEVEL%

:check
rem %1 = a Java home; sets JDK when it holds java and javac of version 25 or newer
if not exist "%~1\bin\javac.exe" goto :eof
for /f "tokens=2 delims==" %%V in ('""%~1\bin\java.exe" -XshowSettings:properties -version 2>&1 | findstr /c:"java.specification.version""') do set "VER=%%V"
set "VER=%VER: =%"
for /f "delims=." %%M in ("%VER%") do set "MAJOR=%%M"
if defined MAJOR if %MAJOR% GEQ 25 set "JDK=%~1"
goto :eof
