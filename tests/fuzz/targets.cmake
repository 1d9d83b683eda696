# The fuzz targets and what each links; shared by tests/fuzz/CMakeLists.txt (libFuzzer) and tests/CMakeLists.txt
# (corpus replay in the normal build).
set(MEDVANDRER_FUZZ_TARGETS fuzz_protocol fuzz_merge fuzz_schema fuzz_time fuzz_recurrence fuzz_ics fuzz_store_page
                            fuzz_dispatch)
foreach(target ${MEDVANDRER_FUZZ_TARGETS})
  set(MEDVANDRER_FUZZ_LIBS_${target} medvandrer_shared)
endforeach()
set(MEDVANDRER_FUZZ_LIBS_fuzz_dispatch medvandrer_server)
