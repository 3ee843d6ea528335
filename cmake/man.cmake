# man.cmake: builds threadtag.1 from doc/threadtag.1.in, putting the KEYS section
# the program prints (from its action table) in place of the `.\" @KEYS@` line.
# Run as: cmake -DBIN=... -DIN=... -DOUT=... -P man.cmake
execute_process(COMMAND ${BIN} --print-keys-man
                OUTPUT_VARIABLE keys RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "threadtag --print-keys-man failed (${rc})")
endif()
file(READ ${IN} page)
string(FIND "${page}" "\n.\\\" @KEYS@\n" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${IN}: no line '.\\\" @KEYS@' to put the keys at")
endif()
string(REPLACE "\n.\\\" @KEYS@\n" "\n${keys}" page "${page}")
file(WRITE ${OUT}.tmp "${page}")
file(RENAME ${OUT}.tmp ${OUT})
