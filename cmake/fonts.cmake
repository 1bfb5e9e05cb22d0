# Noto Sans Regular and Bold from Debian's fonts-noto-core, subset at build time with fonttools to
# the characters the content needs (Regular: Latin-1 letters, a few symbols and typographic punctuation;
# Bold: fewer, below), compiled into the ui layer
# as ui::FontFiles() (src/ui/fonts.h). ImGui applies no kerning or ligatures, so those tables go too, and so do
# the tables stb_truetype never reads (name, post, OS/2, gasp): it needs only cmap, head, hhea, hmtx, maxp, loca, glyf.
set(APPFINDER_FONT_DIR /usr/share/fonts/truetype/noto CACHE PATH "Folder holding NotoSans-Regular.ttf and NotoSans-Bold.ttf")
find_program(PYFTSUBSET pyftsubset REQUIRED)
set(font_unicodes_Regular "U+0020-007E,U+00A0,U+00A3,U+00A9,U+00AE,U+00B0,U+00B7,U+00C0-00FF,U+2010-2014,U+2018-2019,U+201C-201D,U+2022,U+2026,U+20AC")
# Bold carries headings, names and labels: ASCII and the punctuation and symbols the content uses. Any other
# letter in bold text (an accented name in new data, say) is drawn from Regular, merged in by ui::LoadFonts().
# That halves Bold's glyphs: 4.5 KB less to download and fewer large glyphs to rasterise at start-up.
set(font_unicodes_Bold "U+0020-007E,U+00A3,U+00B0,U+00D7,U+2013-2014,U+2018-2019,U+201C-201D,U+2022,U+2026,U+20AC")
set(subset_fonts "")
foreach(weight Regular Bold)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/fonts/NotoSans-${weight}.ttf)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/fonts
        COMMAND ${PYFTSUBSET} ${APPFINDER_FONT_DIR}/NotoSans-${weight}.ttf --unicodes=${font_unicodes_${weight}}
                --no-hinting --desubroutinize --layout-features= --drop-tables+=GPOS,GSUB,GDEF,name,post,OS/2,gasp
                --output-file=${out}
        DEPENDS ${APPFINDER_FONT_DIR}/NotoSans-${weight}.ttf
        COMMENT "Subsetting Noto Sans ${weight}")
    list(APPEND subset_fonts ${out})
endforeach()
set(fonts_cpp ${CMAKE_CURRENT_BINARY_DIR}/bundled_fonts.cpp)
string(REPLACE ";" "|" font_list "${subset_fonts}")
add_custom_command(OUTPUT ${fonts_cpp}
    COMMAND ${CMAKE_COMMAND} -DFILES=${font_list} -DOUT=${fonts_cpp} -DHEADER=ui/fonts.h
            -DFUNC=ui::FontFiles -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    DEPENDS ${subset_fonts} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Bundling fonts" VERBATIM)
add_library(appfinder_fonts STATIC ${fonts_cpp})
target_include_directories(appfinder_fonts PRIVATE ${PROJECT_SOURCE_DIR}/src)
