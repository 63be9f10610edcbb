# Runs lupdate over the sources into a copy of a .ts file and fails when a
# message of the sources has no finished translation there: the committed
# .ts files must cover every tr() string, not only the ones they list.
# Variables: LUPDATE, GENERATOR (GenerateLUpdateProject.cmake), PROJECT_IN,
# TS (the committed file), WORK (a scratch folder).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
file(COPY "${TS}" DESTINATION "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json -P "${GENERATOR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Could not generate the lupdate project file.")
endif()
execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK}/project.json" -no-obsolete -locations none -ts "${WORK}/${name}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${TS}.")
endif()
file(READ "${WORK}/${name}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" missing "${content}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "${count} message(s) of the sources are not translated in ${name}; run the update_translations target and translate them:\n${missing}")
endif()
message(STATUS "${name} covers every message of the sources.")
